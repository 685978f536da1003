package cn.hotline12345.architecture.cycle.right;

import cn.hotline12345.architecture.cycle.left.Left;

/** The other half of the cycle that ArchitectureTest must catch. */
public class Right {

    public Left left() {
        return new Left();
    }
}
