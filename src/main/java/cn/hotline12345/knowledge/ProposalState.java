package cn.hotline12345.knowledge;

/** Where a unit's correction proposal stands: open until an editor accepts or declines it. */
public enum ProposalState {
    OPEN,
    ACCEPTED,
    DECLINED
}
