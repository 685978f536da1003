package cn.hotline12345.sla;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadlines member units are held to, and how the sweep watches them. */
@ConfigMapping(prefix = "hotline.sla")
public interface SlaConfig {

    enum Mode {
        /** Every hour counts. */
        WALL_CLOCK,
        /** Only working hours on working days count (public holidays and make-up days as administrators enter them). */
        WORKING_TIME
    }

    @WithDefault("WALL_CLOCK")
    Mode mode();

    /** Working periods of a working day, in the hotline's zone (WORKING_TIME mode). */
    @WithDefault("08:30-12:00,14:00-17:30")
    List<String> workingHours();

    /** Time a unit has to sign for a dispatched order (及时签收). */
    @WithDefault("PT2H")
    Duration signWithin();

    /** Time a unit has to reply: the 22 hours member units are held to. */
    @WithDefault("PT22H")
    Duration replyWithin();

    /** Reply allowance per order type (e.g. hotline.sla.reply-within-by-type.CONSULTATION=PT8H). */
    Map<String, Duration> replyWithinByType();

    /** Reply allowance per category code; a category without one takes its parent's (e.g. ...by-category.SI=PT48H). */
    Map<String, Duration> replyWithinByCategory();

    /** Warnings raised this long before a reply is due. */
    @WithDefault("PT4H,PT1H")
    List<Duration> warnBefore();

    /** Urge the unit automatically when its reply is overdue. */
    @WithDefault("true")
    boolean autoUrge();

    /** How often the sweep runs ("30s", "1m"; "off" disables it on this instance). */
    @WithDefault("30s")
    String sweepEvery();

    /** Each pass looks this far back past where the last one stopped, for transactions that committed late. */
    @WithDefault("PT5M")
    Duration sweepMargin();
}
