package dev.parallax.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.StoryNames.Article;
import dev.parallax.analysis.StoryNames.Hit;
import dev.parallax.analysis.StoryNames.Kind;
import dev.parallax.analysis.StoryNames.WordNetNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No word list, phrase or example in {@code src/main} is drawn from one story: no module's
 * {@code src/main} (code, comments and resources) names a place, person or outlet that only the
 * development stories name.
 *
 * <p>The development stories live outside the repository ({@code ../shared/eval/stories}); where they
 * are absent the scan is skipped. {@link StoryNames} says what counts as a name and which general
 * lists (countries, capitals, languages, calendar words) are exempt. Names that the founding articles
 * ({@code seeds/}) use are the project's own and are allowed.
 */
class NoStoryNamesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path STORIES = ROOT.resolve("../shared/eval/stories");
  private static final String OUTLETS = "analysis/src/main/resources/dev/parallax/analysis/ingest/outlets.tsv";

  /**
   * Names of the development stories that the general registries hold, each in its row since the
   * registry was first written (commits c08507e, f39a8a9 and cd9d37d, twelve days before the
   * repository first mentions the development stories); {@code git log -p} of each file shows no row
   * added since. The outlet registry's names are general in every other file. A name added to a registry
   * later needs the same check before it goes here.
   */
  private static final Map<String, Set<String>> REGISTRY_NAMES = Map.of(
      OUTLETS,
      Set.of("Reuters", "AP", "Presse", "BBC", "CNN", "The Washington Post", "Washington Post", "ABC News", "RT",
          "TASS"),
      "analysis/src/main/resources/dev/parallax/analysis/claim/entities.tsv",
      Set.of("Palestine", "UAE", "Amnesty International", "Hamas", "Gaza", "Biden", "Mohammed"),
      "analysis/src/main/resources/dev/parallax/analysis/bias/actors.tsv",
      Set.of("Hamas", "Mohammed", "IDF", "Defense Forces", "UAE"));

  /** Where a file under {@code src/main} names a story name. */
  private record Finding(String path, int line, String name, Set<String> stories) {
    @Override
    public String toString() {
      return path + ":" + line + ": " + name + " (" + String.join(", ", stories) + ")";
    }
  }

  @Test
  void srcMainNamesNothingOnlyTheDevelopmentStoriesName() throws IOException {
    List<String> found = findings().stream().map(Finding::toString).collect(Collectors.toList());
    assertTrue(found.isEmpty(), "src/main names what only the development stories name (file:line: name (stories)); "
        + "use invented names in comments and general lists in code:\n" + String.join("\n", found));
  }

  /** Every name in a {@code src/main} file that is not a registry's own, in path and line order. */
  private static List<Finding> findings() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(STORIES),
        "the development stories are not on this machine (" + STORIES.toAbsolutePath().normalize()
            + "); they are for measuring only and never enter the repository");
    StoryNames names = StoryNames.of(readStories(), readSeeds(), WordNetNames.shared());
    Set<String> outletNames = registryNames(ROOT.resolve(OUTLETS));
    List<Finding> found = new ArrayList<>();
    for (Path file : sourceFiles()) {
      String path = ROOT.relativize(file).toString().replace('\\', '/');
      byte[] bytes = Files.readAllBytes(file);
      if (binary(bytes)) {
        continue;
      }
      Set<String> allowed = path.equals(OUTLETS) ? Set.of() : outletNames;
      Set<String> own = REGISTRY_NAMES.getOrDefault(path, Set.of());
      for (Hit hit : names.find(new String(bytes, StandardCharsets.UTF_8), allowed)) {
        if (!own.contains(hit.name().text())) {
          found.add(new Finding(path, hit.line(), hit.name().text(), hit.name().stories()));
        }
      }
    }
    return found;
  }

  @Test
  void findsAPlaceAnOutletAndAPhraseOfOneStory() {
    StoryNames names = handMade();
    assertEquals(Kind.WORD, names.names().get("Veltrano").kind());
    assertEquals(Kind.OUTLET, names.names().get("Harbour Gazette").kind());
    assertEquals(Kind.PHRASE, names.names().get("Lantern City Hall").kind());
    for (String general : List.of("Monday", "August", "Kenya", "Kenyan", "The", "Police", "Amina", "Mr")) {
      assertFalse(names.names().containsKey(general), general);
    }
  }

  @Test
  void findsNamesInSourceButNotGeneralOnesOrOtherNames() {
    StoryNames names = handMade();
    String source =
        """
        /** "In Veltrano, 3 died", the Harbour Gazette said;
         * Cyprus and the Kenyans on Monday, in Abu Dhabi. */
        Set.of("veltrano", "Veltrano"); // Veltrano Quisbert is someone else; Lantern City Hall
        """;
    assertTrue(names.names().containsKey("Abu")); // a name, but also part of a capital's
    List<String> hits = names.find(source, Set.of()).stream()
        .map(h -> h.line() + ": " + h.name().text())
        .collect(Collectors.toList());
    assertEquals(
        List.of("1: Veltrano", "1: Harbour Gazette", "3: Veltrano", "3: Veltrano", "3: Lantern City Hall"), hits);
    assertEquals(List.of(), names.find("the Harbour Gazette said", Set.of("harbour gazette")));
  }

  private static StoryNames handMade() {
    List<Article> articles = List.of(
        new Article("flood", "Harbour Gazette (Reuters)",
            "In Veltrano, 3 people died on Monday, police said. The Lantern City Hall was shut. "
                + "Mr Amina Okafor said Kenyan police came in August, and so did Tarek Abu."),
        new Article("flood", "Coast Daily",
            "Veltrano police said the Lantern City Hall would reopen; the police in Kenya agreed."));
    return StoryNames.of(articles, "Amina Okafor spoke for the city. Police came.", WordNetNames.shared());
  }

  private static List<Article> readStories() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Path story : sorted(STORIES)) {
      if (!Files.isDirectory(story)) {
        continue;
      }
      for (Path file : sorted(story)) {
        if (!file.getFileName().toString().endsWith(".txt")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String outlet = "";
        StringBuilder text = new StringBuilder();
        boolean header = true;
        for (String line : lines) {
          if (header && line.isBlank()) {
            header = false;
          } else if (header && line.startsWith("Outlet:")) {
            outlet = line.substring("Outlet:".length()).strip();
          } else if (header && line.startsWith("Title:")) {
            text.append(line.substring("Title:".length()).strip()).append('\n');
          } else if (!header) {
            text.append(line).append('\n');
          }
        }
        articles.add(new Article(story.getFileName().toString(), outlet, text.toString()));
      }
    }
    return articles;
  }

  private static String readSeeds() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path seed : sorted(ROOT.resolve("seeds"))) {
      text.append(Files.readString(seed, StandardCharsets.UTF_8)).append('\n');
    }
    return text.toString();
  }

  /** Names and aliases of a registry in the outlet registry's format, as {@link StoryNames#key} keys. */
  private static Set<String> registryNames(Path registry) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String line : Files.readAllLines(registry, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      keys.add(StoryNames.key(columns[0]));
      if (columns.length > 1) {
        for (String alias : columns[1].split("\\|")) {
          keys.add(StoryNames.key(alias));
        }
      }
    }
    return keys;
  }

  /** Every file under a module's {@code src/main}, in path order. */
  private static List<Path> sourceFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path module : sorted(ROOT)) {
      Path main = module.resolve("src/main");
      if (Files.isDirectory(main)) {
        try (Stream<Path> walk = Files.walk(main)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  private static boolean binary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().collect(Collectors.toList());
    }
  }
}
