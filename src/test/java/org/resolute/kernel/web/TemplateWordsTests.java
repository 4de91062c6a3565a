package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * Every word a reader sees comes from the message bundles: a template holds no text of its own (only prototype
 * text that a {@code th:text}, {@code th:replace} or the like replaces), no attribute a reader sees or hears
 * ({@code title}, {@code aria-label}, {@code placeholder}, {@code alt}, {@code data-confirm}) without its
 * {@code th:} form, and every message key it names exists in English and French.
 */
class TemplateWordsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove", "th:substituteby");
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "aria-label", "placeholder", "alt",
            "data-confirm", "label", "aria-description", "aria-roledescription");
    private static final Set<String> NOT_READ = Set.of("script", "style");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)");
    /** A message key written as a string: a sortable column's, a tab's, or one of a list drawn by a shared fragment. */
    private static final Pattern NAMED_KEY = Pattern.compile(
            ":: (?:sortable|tab)\\('([A-Za-z][A-Za-z0-9_.-]*)'");
    /**
     * The lists of fragments/tables :: head and cells ("key", "key@field", "key|class") and of fragments/ui tabs
     * ("name key /path").
     */
    private static final Pattern KEY_LIST = Pattern.compile(
            ":: (head|cells|tabs|tabNav)\\((?:#\\{[^}]*}, )?\\$\\{ \\{([^}]*)} }");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Test
    void templatesHoldNoWordsOfTheirOwn() throws Exception {
        List<String> words = new ArrayList<>();
        for (Path template : templates()) {
            walk(parse(template), false, TEMPLATES.relativize(template).toString(), words);
        }
        assertThat(words).as("text in templates that is not a message key").isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExistsInEnglishAndFrench() throws IOException {
        Properties english = bundles("");
        Properties french = bundles("_fr");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            for (String key : keysNamedIn(Files.readString(template))) {
                if (!english.containsKey(key) || !french.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key
                            + (english.containsKey(key) ? " (no French)" : ""));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every message key a template names: in #{...}, and as a string passed to a shared fragment that shows it. */
    private static List<String> keysNamedIn(String template) {
        List<String> keys = new ArrayList<>();
        for (Pattern named : List.of(KEY, NAMED_KEY)) {
            Matcher found = named.matcher(template);
            while (found.find()) {
                keys.add(found.group(1));
            }
        }
        Matcher lists = KEY_LIST.matcher(template);
        while (lists.find()) {
            Matcher entries = QUOTED.matcher(lists.group(2));
            while (entries.find()) {
                String entry = entries.group(1);
                keys.add(lists.group(1).startsWith("tab") ? entry.split(" ")[1] : entry.split("[@|]")[0]);
            }
        }
        return keys;
    }

    private static void walk(INestableNode parent, boolean replaced, String template, List<String> found) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Element element) {
                String name = element.getElementName().toLowerCase();
                boolean replacing = replaced || NOT_READ.contains(name) || element.getAttributeMap().entrySet()
                        .stream().anyMatch(attribute -> replaces(attribute.getKey(), attribute.getValue()));
                for (var attribute : element.getAttributeMap().entrySet()) {
                    String attributeName = attribute.getKey().toLowerCase();
                    if (READ_ATTRIBUTES.contains(attributeName) && attribute.getValue() != null
                            && LETTER.matcher(attribute.getValue()).find()
                            && !element.hasAttribute("th:" + attributeName)) {
                        found.add(template + ":" + element.getLine() + " <" + name + " " + attributeName + "=\""
                                + attribute.getValue() + "\">");
                    }
                }
                walk(element, replacing, template, found);
            } else if (node instanceof Text text && !replaced) {
                String words = INLINED.matcher(text.getContent()).replaceAll("").strip();
                if (LETTER.matcher(words).find()) {
                    found.add(template + ":" + text.getLine() + " \"" + abbreviated(words) + "\"");
                }
            }
        }
    }

    /**
     * Whether an attribute replaces its element's content. A {@code th:replace} or {@code th:insert} that hands
     * the element's own parts to the fragment ({@code ~{::main}}, as every page does with the layout) does not:
     * those parts are shown.
     */
    private static boolean replaces(String attribute, String value) {
        if (!REPLACING.contains(attribute)) {
            return false;
        }
        return value == null || !(value.contains("~{::") || value.contains("~{this::") || value.contains("~{this ::"));
    }

    private static String abbreviated(String words) {
        String line = words.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }

    private static Document parse(Path template) throws IOException, ParseException {
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template.toString(), reader);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties bundles(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties"))
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Properties bundle = new Properties();
                    bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    all.putAll(bundle);
                }
            }
        }
        return all;
    }
}
