package cn.hotline12345.workorder;

import java.util.List;

/**
 * Fired inside the registering transaction: other features add what belongs to the new order (the
 * knowledge entries the agent answered from, the call it came from) and a refusal there undoes the
 * registration.
 */
public record WorkOrderRegistered(long workOrderId, List<Long> knowledgeEntryIds, String callLinkedId) {
}
