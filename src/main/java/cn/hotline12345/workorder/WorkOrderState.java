package cn.hotline12345.workorder;

/** Where a work order stands in the 12345 lifecycle. */
public enum WorkOrderState {
    /** 受理: registered by the hotline, not yet dispatched. */
    REGISTERED,
    /** 派单: sent to a lead unit (and co-units), waiting to be signed for. */
    DISPATCHED,
    /** 签收: the lead unit has signed for it and is working on it. */
    SIGNED,
    /** 退单: the unit returned it as not its responsibility; the hotline must dispatch again. */
    RETURNED,
    /** 答复: the unit replied; the hotline reviews the reply. */
    REPLIED,
    /** 审核通过: the reply was accepted; the citizen is to be called back. */
    REVIEWED,
    /** 回访: the citizen was called back; the order can be closed. */
    CALLED_BACK,
    /** 办结: closed, either answered directly on the call or after the whole cycle. */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** States in which the lead unit owes a reply, so its deadline runs. */
    public boolean awaitsUnit() {
        return this == DISPATCHED || this == SIGNED;
    }
}
