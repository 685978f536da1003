package cn.hotline12345.knowledge;

import java.time.LocalDate;

/**
 * An agent's search: the words, the filters (each optional) and the page. {@code today} decides
 * what "in force" means, in the hotline's time zone.
 */
public record SearchCriteria(String text, Long categoryId, Long unitId, String regionCode, boolean inForceOnly,
        LocalDate today, int from, int size) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
