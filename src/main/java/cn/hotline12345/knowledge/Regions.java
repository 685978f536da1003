package cn.hotline12345.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an entry applies: 440600 (the whole city), a district code (440605) or a town's member-unit
 * code (440605-T001). Plain Java; whether a district or town exists is the service's check.
 */
public final class Regions {

    public static final String CITY = "440600";
    private static final Pattern DISTRICT = Pattern.compile("(4406\\d\\d)");
    private static final Pattern TOWN = Pattern.compile("(4406\\d\\d)-T\\d{3}");

    public enum Level {
        CITY, DISTRICT, TOWN
    }

    public record Region(String code, Level level, String district) {
    }

    private Regions() {
    }

    /** The parsed region, or IllegalArgumentException for a code of no known shape. */
    public static Region parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("no region");
        }
        String value = code.strip();
        if (CITY.equals(value)) {
            return new Region(CITY, Level.CITY, null);
        }
        if (DISTRICT.matcher(value).matches()) {
            return new Region(value, Level.DISTRICT, value);
        }
        Matcher town = TOWN.matcher(value);
        if (town.matches()) {
            return new Region(value, Level.TOWN, town.group(1));
        }
        throw new IllegalArgumentException("unknown region " + code);
    }

    public static boolean wellFormed(String code) {
        try {
            parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The member unit that stands for a district: its government, e.g. 440605-G000. */
    public static String districtGovernmentCode(String districtCode) {
        return districtCode + "-G000";
    }
}
