package cn.hotline12345.workorder;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deadlines of dispatched work orders. */
@ConfigMapping(prefix = "hotline.work-order")
public interface WorkOrderConfig {

    /** Time a unit has to sign for a dispatched order. */
    @WithDefault("PT2H")
    Duration signWithin();

    /** Time a unit has to reply: the 22 hours member units are held to. */
    @WithDefault("PT22H")
    Duration replyWithin();
}
