package cn.hotline12345.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hotline12345.identity.Role;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.topic.Category;

/** What the API answers about entries. */
public final class KnowledgeViews {

    /** The city as a region's name, in the language of data (region names are Chinese place names). */
    static final String CITY_NAME = "佛山市（全市）";

    private KnowledgeViews() {
    }

    public record Entry(long id, String code, KnowledgeState state, int headVersion, Integer publishedVersion,
            int shownVersion, int version, String title, EntryBody body, long categoryId, String categoryName,
            long ownerUnitId, String ownerUnitName, List<String> keywords, List<String> synonyms,
            String documentNumber, LocalDate effectiveFrom, LocalDate expiresOn, String regionCode, String regionName,
            boolean inForce, boolean live, long usageCount, Instant updatedAt, String updatedBy,
            List<KnowledgeAction> allowedActions) {

        /**
         * The entry as its reader may see it: the head for those who edit or own it, otherwise the
         * published version (the state and work in progress stay hidden).
         */
        public static Entry of(KnowledgeEntry entry, EntryContent content, int shownVersion, boolean seesDrafts,
                Role role, KnowledgeReferences references, LocalDate today) {
            Category category = references.category(content.categoryId());
            MemberUnit unit = references.unit(content.ownerUnitId());
            return new Entry(entry.id, entry.code, seesDrafts ? entry.state : KnowledgeState.PUBLISHED,
                    seesDrafts ? entry.headVersion : shownVersion, seesDrafts ? entry.publishedVersion : Integer.valueOf(shownVersion),
                    shownVersion, entry.version, content.title(), content.body(), content.categoryId(),
                    category == null ? null : category.name, content.ownerUnitId(), unit == null ? null : unit.name,
                    content.keywords(), content.synonyms(), content.documentNumber(), content.effectiveFrom(),
                    content.expiresOn(), content.regionCode(), references.regionName(content.regionCode(), CITY_NAME),
                    content.inForce(today), entry.live(), entry.usageCount, entry.updatedAt,
                    seesDrafts ? entry.updatedBy : null, seesDrafts ? allowed(entry, role) : List.of());
        }
    }

    static List<KnowledgeAction> allowed(KnowledgeEntry entry, Role role) {
        List<KnowledgeAction> actions = new ArrayList<>();
        for (KnowledgeAction action : KnowledgeAction.values()) {
            if (KnowledgeWorkflow.roleMay(role, action)
                    && KnowledgeWorkflow.stateAllows(entry.state, action, entry.everPublished())) {
                actions.add(action);
            }
        }
        return actions;
    }

    public record Summary(long id, String code, String title, KnowledgeState state, int headVersion,
            Integer publishedVersion, String ownerUnitName, LocalDate expiresOn, Instant updatedAt, String updatedBy) {

        public static Summary of(KnowledgeEntry entry, KnowledgeReferences references) {
            MemberUnit unit = references.unit(entry.ownerUnitId);
            return new Summary(entry.id, entry.code, entry.title, entry.state, entry.headVersion,
                    entry.publishedVersion, unit == null ? null : unit.name, entry.expiresOn, entry.updatedAt,
                    entry.updatedBy);
        }
    }

    public record Version(int versionNo, String action, String note, Instant savedAt, String savedBy) {

        public static Version of(KnowledgeVersion version) {
            return new Version(version.versionNo, version.action, version.note, version.savedAt, version.savedBy);
        }
    }

    public record Diff(int from, int to, List<EntryDiff.FieldChange> changes) {
    }

    public record Proposal(long id, long entryId, long unitId, String text, ProposalState state, String proposedBy,
            Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote, int version) {

        public static Proposal of(KnowledgeProposal proposal) {
            return new Proposal(proposal.id, proposal.entryId, proposal.unitId, proposal.text, proposal.state,
                    proposal.proposedBy, proposal.proposedAt, proposal.decidedBy, proposal.decidedAt,
                    proposal.decisionNote, proposal.version);
        }
    }

    /** Names for a diff: the references of a content as people read them. */
    static Map<String, String> names(EntryContent content, KnowledgeReferences references) {
        Category category = references.category(content.categoryId());
        MemberUnit unit = references.unit(content.ownerUnitId());
        return Map.of("category", category == null ? String.valueOf(content.categoryId()) : category.name,
                "unit", unit == null ? String.valueOf(content.ownerUnitId()) : unit.name,
                "region", references.regionName(content.regionCode(), CITY_NAME));
    }
}
