package cn.hotline12345.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.topic.Category;

/** An administrator's rule: orders of this category / place / wording go to this unit. */
@Entity
@Table(name = "routing_rule")
@NamedQueries({
        @NamedQuery(name = "RoutingRule.all", query = """
                from RoutingRule r join fetch r.unit left join fetch r.category left join fetch r.districtUnit
                 left join fetch r.townUnit order by r.priority desc, r.id"""),
        @NamedQuery(name = "RoutingRule.usable",
                query = "from RoutingRule r join fetch r.unit u where r.active = true and u.active = true")
})
public class RoutingRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 80)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    public Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_unit_id")
    public MemberUnit districtUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "town_unit_id")
    public MemberUnit townUnit;

    /** Comma-separated; any one of them in the citizen's words is enough. */
    @Column(length = 400)
    public String keywords;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public MemberUnit unit;

    @Column(nullable = false)
    public int priority;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public List<String> keywordList() {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[,，]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    public RoutingSuggester.Rule asRule() {
        return new RoutingSuggester.Rule(id, name, category == null ? null : category.id,
                districtUnit == null ? null : districtUnit.id, townUnit == null ? null : townUnit.id,
                keywordList(), unit.id, priority);
    }

    public static List<RoutingRule> usable() {
        return find("#RoutingRule.usable").list();
    }
}
