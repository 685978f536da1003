package cn.hotline12345.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo history is made of, as the database has it: the leaf topics with callers' texts, the
 * districts with their towns and departments, the unit the routing rules name for a topic, the units'
 * codes, and the demo handler account of a unit.
 */
record DemoWorld(List<Topic> topics, List<District> districts, Map<Long, Long> routes, Map<Long, String> unitCodes,
        Map<Long, String> handlers) {

    /** A leaf topic with the texts callers use for it. */
    record Topic(long id, String code, List<String[]> texts) {
    }

    /** A district with its towns and departments. */
    record District(long id, String name, List<Town> towns, List<Long> departments) {
    }

    record Town(long id, String name) {
    }
}
