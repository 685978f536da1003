package cn.hotline12345.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.hotline12345.common.FieldError;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitLevel;
import cn.hotline12345.topic.Category;

/**
 * The topics and units an entry may name, read once: a single save and a 100,000-row import check
 * their references the same way, without a query per row.
 */
public final class KnowledgeReferences {

    private final Map<Long, Category> categoriesById = new HashMap<>();
    private final Map<String, Category> categoriesByCode = new HashMap<>();
    private final Map<Long, MemberUnit> unitsById = new HashMap<>();
    private final Map<String, MemberUnit> unitsByCode = new HashMap<>();

    private KnowledgeReferences() {
    }

    public static KnowledgeReferences load() {
        KnowledgeReferences references = new KnowledgeReferences();
        for (Category category : Category.all()) {
            references.categoriesById.put(category.id, category);
            references.categoriesByCode.put(category.code, category);
        }
        for (MemberUnit unit : MemberUnit.<MemberUnit>listAll()) {
            references.unitsById.put(unit.id, unit);
            references.unitsByCode.put(unit.code, unit);
        }
        return references;
    }

    public Category category(long id) {
        return categoriesById.get(id);
    }

    public Category categoryByCode(String code) {
        return code == null ? null : categoriesByCode.get(code.strip());
    }

    public MemberUnit unit(long id) {
        return unitsById.get(id);
    }

    public MemberUnit unitByCode(String code) {
        return code == null ? null : unitsByCode.get(code.strip());
    }

    /** The problems of the content's references and dates, as field errors (message keys). */
    public List<FieldError> problems(EntryContent content) {
        List<FieldError> problems = new ArrayList<>();
        Category category = categoriesById.get(content.categoryId());
        if (category == null || !category.active) {
            problems.add(new FieldError("categoryId", "knowledge.category-unusable"));
        }
        MemberUnit unit = unitsById.get(content.ownerUnitId());
        if (unit == null || !unit.active) {
            problems.add(new FieldError("ownerUnitId", "knowledge.unit-unusable"));
        }
        if (!regionExists(content.regionCode())) {
            problems.add(new FieldError("regionCode", "knowledge.region-unknown"));
        }
        if (content.expiresOn() != null && content.expiresOn().isBefore(content.effectiveFrom())) {
            problems.add(new FieldError("expiresOn", "knowledge.expiry-before-start"));
        }
        return problems;
    }

    public boolean regionExists(String code) {
        if (!Regions.wellFormed(code)) {
            return false;
        }
        Regions.Region region = Regions.parse(code);
        return switch (region.level()) {
            case CITY -> true;
            case DISTRICT -> unitsByCode.containsKey(Regions.districtGovernmentCode(region.code()));
            case TOWN -> {
                MemberUnit town = unitsByCode.get(region.code());
                yield town != null && town.level == UnitLevel.TOWN;
            }
        };
    }

    /** How a region reads to people: 全市, a district or a town by its unit's name. */
    public String regionName(String code, String cityName) {
        if (!Regions.wellFormed(code)) {
            return code;
        }
        Regions.Region region = Regions.parse(code);
        return switch (region.level()) {
            case CITY -> cityName;
            case DISTRICT -> {
                MemberUnit government = unitsByCode.get(Regions.districtGovernmentCode(region.code()));
                yield government == null ? code : government.name.replace("人民政府", "");
            }
            case TOWN -> {
                MemberUnit town = unitsByCode.get(region.code());
                yield town == null ? code : town.name;
            }
        };
    }

    /** A region an entry may apply to, for a form's choice. */
    public record RegionOption(String code, String name) {
    }

    /** The city, its districts and their towns, in code order. */
    public List<RegionOption> regionOptions(String cityName) {
        List<RegionOption> options = new ArrayList<>();
        options.add(new RegionOption(Regions.CITY, cityName));
        unitsByCode.values().stream()
                .filter(unit -> unit.active && (unit.code.endsWith("-G000") || unit.level == UnitLevel.TOWN))
                .sorted(java.util.Comparator.comparing((MemberUnit unit) -> unit.code))
                .forEach(unit -> {
                    String code = unit.code.endsWith("-G000") ? unit.code.substring(0, 6) : unit.code;
                    options.add(new RegionOption(code, regionName(code, cityName)));
                });
        return options;
    }
}
