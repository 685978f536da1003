package cn.hotline12345.architecture.cycle.left;

import cn.hotline12345.architecture.cycle.right.Right;

/** Half of the cycle that ArchitectureTest must catch. */
public class Left {

    public Right right() {
        return new Right();
    }
}
