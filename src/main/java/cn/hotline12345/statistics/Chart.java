package cn.hotline12345.statistics;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A chart for a page: labels and series, drawn in the browser by Apache ECharts (served by the
 * app, /webjars/echarts) through assets/charts.js. Pages put {@link #json()} in a data-chart attribute.
 */
public record Chart(String kind, String title, List<String> labels, List<Series> series, boolean horizontal,
        boolean percent) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Series(String name, List<? extends Number> data) {
    }

    public static Chart bars(String title, List<String> labels, List<Series> series) {
        return new Chart("bar", title, labels, series, false, false);
    }

    public static Chart ranking(String title, List<String> labels, Series series, boolean percent) {
        return new Chart("bar", title, labels, List.of(series), true, percent);
    }

    public static Chart lines(String title, List<String> labels, List<Series> series, boolean percent) {
        return new Chart("line", title, labels, series, false, percent);
    }

    public static Chart pie(String title, List<String> labels, List<? extends Number> values) {
        return new Chart("pie", title, labels, List.of(new Series(title, values)), false, false);
    }

    /** Rates as percentages with one decimal, for a percent chart. */
    public static List<Double> percents(List<Double> rates) {
        List<Double> out = new ArrayList<>();
        for (Double rate : rates) {
            out.add(rate == null ? null : Math.round(rate * 1000) / 10.0);
        }
        return out;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
