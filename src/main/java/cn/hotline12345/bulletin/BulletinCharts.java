package cn.hotline12345.bulletin;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.hotline12345.statistics.OrderFigures;
import cn.hotline12345.unit.UnitGroup;

/**
 * The PDF's charts, drawn on the server with JFreeChart (a printed page runs no JavaScript): the
 * trend of the last months, the topics of the month, and the ranking of the city departments.
 */
@ApplicationScoped
public class BulletinCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 620;

    @Inject
    DocumentFont font;

    /** The charts as data: URIs of PNG images. */
    public record Images(String trend, String topics, String ranking) {
    }

    public Images of(BulletinContent content) {
        StandardChartTheme theme = new StandardChartTheme("hotline");
        Font regular = font.awt(26f);
        theme.setExtraLargeFont(font.awt(32f));
        theme.setLargeFont(regular);
        theme.setRegularFont(font.awt(22f));
        theme.setSmallFont(font.awt(20f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return new Images(trend(content, theme), topics(content, theme), ranking(content, theme));
    }

    private String trend(BulletinContent content, StandardChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BulletinContent.MonthTrend month : content.figures().trend()) {
            String label = month.month().getMonthValue() + "月";
            data.addValue(month.registered(), "受理工单", label);
            data.addValue(month.offered(), "人工来电", label);
        }
        JFreeChart chart = ChartFactory.createLineChart("近" + content.figures().trend().size() + "个月话务与工单量", null,
                "数量", data, PlotOrientation.VERTICAL, true, false, false);
        return png(chart, theme);
    }

    private String topics(BulletinContent content, StandardChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<OrderFigures.Named> top = content.figures().orders().current().byCategory().stream().limit(10).toList();
        for (OrderFigures.Named category : top) {
            data.addValue(category.count(), "受理工单", category.name() == null ? "未分类" : category.name());
        }
        JFreeChart chart = ChartFactory.createBarChart("工单分类分布", null, "件", data, PlotOrientation.HORIZONTAL,
                false, false, false);
        return png(chart, theme);
    }

    private String ranking(BulletinContent content, StandardChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        content.figures().units().groups().stream().filter(g -> g.group() == UnitGroup.CITY_DEPARTMENT).findFirst()
                .ifPresent(group -> group.rows().stream().filter(BulletinContent.UnitLine::ranked)
                        .sorted(Comparator.comparing(BulletinContent.UnitLine::rank)).limit(10)
                        .forEach(row -> data.addValue(row.total(), "考评得分", row.unitName())));
        JFreeChart chart = ChartFactory.createBarChart("市直部门考评得分（前十）", null, "分", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        return png(chart, theme);
    }

    private static String png(JFreeChart chart, StandardChartTheme theme) {
        theme.apply(chart);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
