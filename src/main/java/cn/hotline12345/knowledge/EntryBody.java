package cn.hotline12345.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.hotline12345.common.Strings;

/** The structured text of an entry: the answer to read out, then the sections of a service guide. */
public record EntryBody(
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 4000) String conditions,
        @Size(max = 4000) String materials,
        @Size(max = 4000) String steps,
        @Size(max = 2000) String fees,
        @Size(max = 2000) String timeLimit,
        @Size(max = 2000) String location,
        @Size(max = 2000) String legalBasis) {

    /** Section names in reading order, as the JSON and CSV formats spell them. */
    public static final String[] SECTIONS = {"summary", "conditions", "materials", "steps", "fees", "timeLimit",
            "location", "legalBasis"};

    public EntryBody {
        summary = Strings.blankToEmpty(summary);
        conditions = Strings.blankToEmpty(conditions);
        materials = Strings.blankToEmpty(materials);
        steps = Strings.blankToEmpty(steps);
        fees = Strings.blankToEmpty(fees);
        timeLimit = Strings.blankToEmpty(timeLimit);
        location = Strings.blankToEmpty(location);
        legalBasis = Strings.blankToEmpty(legalBasis);
    }

    public Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("summary", summary);
        sections.put("conditions", conditions);
        sections.put("materials", materials);
        sections.put("steps", steps);
        sections.put("fees", fees);
        sections.put("timeLimit", timeLimit);
        sections.put("location", location);
        sections.put("legalBasis", legalBasis);
        return sections;
    }

    public static EntryBody of(Map<String, String> sections) {
        return new EntryBody(sections.get("summary"), sections.get("conditions"), sections.get("materials"),
                sections.get("steps"), sections.get("fees"), sections.get("timeLimit"), sections.get("location"),
                sections.get("legalBasis"));
    }

    /** Everything but the summary, one section after another, for the search index. */
    public String guideText() {
        StringBuilder text = new StringBuilder();
        for (String section : new String[] {conditions, materials, steps, fees, timeLimit, location, legalBasis}) {
            if (!section.isEmpty()) {
                text.append(section).append('\n');
            }
        }
        return text.toString().strip();
    }
}
