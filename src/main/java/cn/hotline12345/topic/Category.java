package cn.hotline12345.topic;

import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A topic of the work-order tree (e.g. 社会保险 › 养老保险). */
@Entity
@Cacheable
@Table(name = "category")
@NamedQuery(name = "Category.all", query = "from Category c left join fetch c.parent order by c.code")
public class Category extends PanacheEntityBase {

    /** The topic tree is shallow; the walk up stops here even on bad data. */
    static final int MAX_DEPTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 16)
    public String code;

    @Column(nullable = false, length = 60)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Category parent;

    @Column(nullable = false)
    public boolean active = true;

    /** This category and its parents, the most specific first: where rules about a topic are looked up. */
    public List<Category> lineage() {
        List<Category> chain = new java.util.ArrayList<>();
        for (Category c = this; c != null && chain.size() < MAX_DEPTH; c = c.parent) {
            chain.add(c);
        }
        return chain;
    }

    public static List<Category> all() {
        return find("#Category.all").list();
    }
}
