package org.jiebang.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Solr synonym format into concept groups.
 *
 * <p>{@code a, b, c} makes one group named after {@code a}; {@code a, b => c} makes a group named after
 * {@code c} that {@code a}, {@code b} and {@code c} all map to. Lines starting with {@code #} are comments and
 * {@code \,} is a literal comma.
 */
final class SynonymRules {

    /** One concept: its display name and every written form that stands for it. */
    record Group(String concept, List<String> forms) {
    }

    private SynonymRules() {
    }

    static List<Group> parse(Reader reader) throws IOException {
        List<Group> groups = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            groups.add(parseRule(rule, number));
        }
        return groups;
    }

    private static Group parseRule(String rule, int number) {
        int arrow = rule.indexOf("=>");
        List<String> left = split(arrow < 0 ? rule : rule.substring(0, arrow));
        List<String> right = arrow < 0 ? List.of() : split(rule.substring(arrow + 2));
        if (left.isEmpty() || (arrow >= 0 && right.isEmpty())) {
            throw new IllegalArgumentException("synonym rule on line " + number + " has an empty side: " + rule);
        }
        List<String> forms = new ArrayList<>(left);
        forms.addAll(right);
        return new Group(right.isEmpty() ? left.get(0) : right.get(0), List.copyOf(forms));
    }

    private static List<String> split(String side) {
        List<String> forms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < side.length(); i++) {
            char c = side.charAt(i);
            if (c == '\\' && i + 1 < side.length()) {
                current.append(side.charAt(++i));
            } else if (c == ',') {
                addForm(forms, current);
            } else {
                current.append(c);
            }
        }
        addForm(forms, current);
        return forms;
    }

    private static void addForm(List<String> forms, StringBuilder current) {
        String form = current.toString().strip();
        if (!form.isEmpty()) {
            forms.add(form);
        }
        current.setLength(0);
    }
}
