package cn.hotline12345.sla;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadlines member units are held to, and how the sweep watches them. */
@ConfigMapping(prefix = "hotline.sla")
public interface SlaConfig {

    /** Time a unit has to sign for a dispatched order (及时签收). */
    @WithDefault("PT2H")
    Duration signWithin();

    /** Time a unit has to reply: the 22 hours member units are held to. */
    @WithDefault("PT22H")
    Duration replyWithin();

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

    default DeadlinePolicy policy() {
        return new DeadlinePolicy(signWithin(), replyWithin());
    }
}
