package dev.parallax.analysis.quantity;

import dev.parallax.model.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds numeric amounts in a token stream: bare numbers, percentages and percentage points, money,
 * measured quantities, durations and vague amounts, then joins them into ranges and attaches
 * hedges ("more than", "or so") and two-sided bounds ("above 1000 and below 1500").
 *
 * <p>Stateless: {@link #find} is a pure function of its tokens.
 */
final class AmountRecognizer {
  private AmountRecognizer() {}

  /** Words after which a lone "one" is a pronoun, not a count: "the one", "no one", "which one". */
  private static final Set<String> ONE_PRONOUN_BEFORE =
      Set.of("the", "this", "that", "which", "any", "no", "every", "each", "some", "another", "a", "an", "last",
          "next", "such", "someone", "only", "little", "new", "old", "other", "right", "wrong", "big", "good",
          "first", "same", "what", "whichever", "favourite", "favorite");

  private static final Set<String> ONE_PRONOUN_AFTER =
      Set.of("of", "another", "by", "'s", "who", "which", "that", "you", "is", "was", "does", "do", "did", "can",
          "could", "would", "should", "must", "might", "will", "has", "had", "may", "thing", "day", "time", "point", "way",
          "hand", "side");

  /** Words before "pounds" that make it money rather than weight. */
  private static final Set<String> MONEY_CONTEXT =
      Set.of("cost", "costs", "costing", "paid", "pay", "pays", "paying", "worth", "fined", "fine", "price", "prices",
          "priced", "spent", "spend", "spending", "budget", "salary", "fee", "fees", "raised", "raise", "earn",
          "earned", "earns", "bid", "loan", "loans", "debt", "profit", "profits", "revenue", "revenues", "sold",
          "bought", "buy", "sell", "donated", "invest", "invested", "investment", "compensation", "bill", "bills",
          "fund", "funds", "funding", "billion", "million", "wage", "wages", "income", "tax", "taxes");

  /** Words near "degrees" that make it an angle. */
  private static final Set<String> ANGLE_CONTEXT =
      Set.of("rotate", "rotated", "rotates", "rotating", "rotation", "turn", "turned", "turns", "turning", "angle",
          "angles", "tilt", "tilted", "tilts", "incline", "inclined", "bank", "banked", "spin", "pivot", "swivel");

  /**
   * Finds the amounts of a text, in order, not overlapping.
   *
   * @param taken tokens already read as dates or times; no amount covers them
   */
  static List<Amount> find(Tokens t, boolean[] taken) {
    List<Amount> atoms = atoms(t, taken);
    List<Amount> joined = Ranges.join(t, atoms);
    for (Amount a : joined) {
      hedge(t, a);
    }
    List<Amount> bounded = Ranges.twoSided(t, joined);
    Changes.mark(t, bounded);
    return bounded;
  }

  // ---------------------------------------------------------------------------------- atoms

  private static List<Amount> atoms(Tokens t, boolean[] taken) {
    List<Amount> out = new ArrayList<>();
    int i = 0;
    int n = t.size();
    while (i < n) {
      if (t.inAddress(i) || taken[i]) {
        i++;
        continue;
      }
      Amount a = atomAt(t, i);
      if (a != null && a.to > i && free(taken, a.from, a.to)) {
        out.add(a);
        i = a.to;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static Amount atomAt(Tokens t, int i) {
    Amount money = moneyBefore(t, i);
    if (money != null) {
      return money;
    }
    VagueAmounts.Vague v = VagueAmounts.at(t, i);
    if (v != null) {
      return vague(t, v);
    }
    Amount pct = percentOf(t, i);
    if (pct != null) {
      return pct;
    }
    if ((t.word(i, "half") || t.word(i, "a") && t.word(i + 1, "half") && !t.isWord(i + 2))
        && Hedges.before(t, i) != null && !t.word(i + 1, "an") && !(t.word(i + 1, "a") || t.word(i + 1, "of")
        && t.word(i + 2, "a"))) {
      int e = t.word(i, "a") ? i + 2 : i + 1;
      if (TimeUnits.at(t, e) == null && Units.TABLE.match(t, e) == null) {
        Amount h = new Amount(i, e, QuantityKind.NUMBER);
        h.value = 0.5;
        return h;
      }
    }
    NumberPhrase np = NumberParser.parse(t, i, false);
    int[] ord = NumberParser.ordinal(t, i);
    if (ord != null && (np == null || ord[1] > np.to())) {
      Amount a = new Amount(i, ord[1], QuantityKind.ORDINAL);
      a.value = ord[0];
      a.ordinal = true;
      return a;
    }
    if (np == null) {
      return articleUnit(t, i);
    }
    Amount ratio = ratio(t, np);
    if (ratio != null) {
      return ratio;
    }
    return withUnit(t, np);
  }

  /** "a dollar", "an hour", "a kilogram", "a kg": one of a unit. */
  private static Amount articleUnit(Tokens t, int i) {
    if (!(t.word(i, "a") || t.word(i, "an"))) {
      return null;
    }
    // "$78.40 a barrel", "5% a year": a rate, not one of the unit
    if (t.isDigits(i - 1) || t.sym(i - 1, '%') || t.isWord(i - 1) && (Currencies.TABLE.match(t, i - 1) != null
        || Units.TABLE.match(t, i - 1) != null || t.word(i - 1, "percent") || t.word(i - 1, "cent")
        || NumberWords.SCALES.containsKey(t.norm(i - 1)))) {
      return null;
    }
    int k = i + 1;
    TimeUnits.TimeUnit tu = TimeUnits.at(t, k);
    if (tu != null && t.get(k).text.length() > 2 && !t.word(k, "second") && !t.word(k, "night")
        && !t.word(k, "weekend")) {
      // "once a week", "twice a day", "one a day" are frequencies, handled with the dates
      if (t.word(i - 1, "once") || t.word(i - 1, "twice") || t.word(i - 1, "times") || t.word(i - 1, "one")) {
        return null;
      }
      Amount a = duration(t, i, k + 1, 1, tu);
      a.weak = true;
      return a;
    }
    PhraseTable.Match<Currencies.Currency> c = Currencies.TABLE.match(t, k);
    if (c != null && (c.value.role() == Currencies.Role.NAME || c.value.role() == Currencies.Role.MINOR)
        && (t.word(k, "dollar") || t.word(k, "penny") || t.word(k, "euro") || t.word(k, "cent"))) {
      Amount a = new Amount(i, c.to, QuantityKind.MONEY);
      a.value = c.value.factor();
      a.unit = c.value.code();
      a.weak = true;
      return a;
    }
    PhraseTable.Match<Units.Unit> u = Units.TABLE.match(t, k);
    if (u != null && (u.value.name() || t.word(k, "kg") || t.word(k, "lb")) && unitBoundary(t, u.to)
        && !u.value.symbol().equals("deg") && !u.value.symbol().equals("turn") || u != null && t.word(k, "half")) {
      Amount a = new Amount(i, u.to, QuantityKind.QUANTITY);
      a.value = 1;
      a.unit = u.value.symbol();
      a.weak = true;
      return a;
    }
    // "a half turn"
    if (t.word(k, "half") && t.word(k + 1, "turn")) {
      Amount a = new Amount(i, k + 2, QuantityKind.QUANTITY);
      a.value = 0.5;
      a.unit = "turn";
      return a;
    }
    return null;
  }

  private static Amount vague(Tokens t, VagueAmounts.Vague v) {
    int k = v.to();
    Amount a = new Amount(v.from(), v.to(), QuantityKind.NUMBER);
    a.low = v.low();
    a.high = v.high();
    a.hedge = Hedge.VAGUE;
    if (!Double.isNaN(v.nominal())) {
      a.value = v.nominal();
    }
    int m = t.word(k, "of") ? k + 1 : k;
    PhraseTable.Match<Currencies.Currency> c = Currencies.TABLE.match(t, m);
    if (c != null && (c.value.role() == Currencies.Role.NAME || c.value.role() == Currencies.Role.POUND)) {
      a.kind = QuantityKind.MONEY;
      a.unit = c.value.code();
      a.to = c.to;
      a.coreTo = c.to;
      return a;
    }
    TimeUnits.TimeUnit tu = TimeUnits.at(t, m);
    if (tu != null && t.get(m).text.length() > 2 && !Double.isNaN(v.nominal()) && m == k) {
      Amount d = duration(t, v.from(), m + 1, v.nominal() * tu.count(), tu);
      d.hedge = Hedge.VAGUE;
      d.low = v.low() * tu.count();
      d.high = v.high() * tu.count();
      return d;
    }
    if (tu != null && t.get(m).text.length() > 2 && Double.isNaN(v.nominal()) && m == k + 1) {
      // "hundreds of years": a vague duration
      Amount d = new Amount(v.from(), m + 1, QuantityKind.DURATION);
      d.low = v.low() * tu.count();
      d.high = v.high() * tu.count();
      d.hedge = Hedge.VAGUE;
      d.unit = tu.grain().symbol;
      d.grain = tu.grain();
      return d;
    }
    if (t.sym(k, '%') || t.word(k, "percent") || t.word(k, "per") && t.word(k + 1, "cent")) {
      a.kind = QuantityKind.PERCENT;
      a.unit = "%";
      a.to = t.word(k, "per") ? k + 2 : k + 1;
      a.coreTo = a.to;
    }
    return a;
  }

  /** "percent of 10", "per cent of twenty-two": a percentage written before its number. */
  private static Amount percentOf(Tokens t, int i) {
    int k;
    if (t.word(i, "percent") || t.word(i, "percents")) {
      k = i + 1;
    } else if (t.word(i, "per") && t.word(i + 1, "cent")) {
      k = i + 2;
    } else {
      return null;
    }
    if (!t.word(k, "of")) {
      return null;
    }
    NumberPhrase np = NumberParser.parse(t, k + 1, false);
    if (np == null || np.plainInteger() && np.digits() == 4) {
      return null;
    }
    Amount a = new Amount(i, np.to(), QuantityKind.PERCENT);
    a.value = np.value();
    a.unit = "%";
    a.number = np;
    return a;
  }

  /** "one out of three", "1 in twenty-one", "one over three": a proportion, when the first is the smaller. */
  private static Amount ratio(Tokens t, NumberPhrase a) {
    int k = a.to();
    boolean outOf = t.word(k, "out") && t.word(k + 1, "of");
    boolean in = t.word(k, "in");
    boolean over = t.word(k, "over");
    if (!outOf && !in && !over) {
      return null;
    }
    int m = outOf ? k + 2 : k + 1;
    NumberPhrase b = NumberParser.parse(t, m, false);
    if (b == null || b.value() == 0 || b.plainInteger() && b.digits() == 4 || a.plainInteger() && a.digits() == 4) {
      return null;
    }
    if (!(a.value() < b.value()) && !over) {
      return null;
    }
    if (TimeUnits.at(t, b.to()) != null || Units.TABLE.match(t, b.to()) != null
        || Currencies.TABLE.match(t, b.to()) != null || t.sym(b.to(), '%') || t.word(b.to(), "percent")) {
      return null;
    }
    if (over && !(a.words() || b.words()) && t.isWord(b.to()) && !t.word(b.to(), "or")) {
      return null;
    }
    Amount r = new Amount(a.from(), b.to(), QuantityKind.NUMBER);
    r.value = a.value() / b.value();
    r.number = a;
    return r;
  }

  // ---------------------------------------------------------------------------------- units after a number

  private static Amount withUnit(Tokens t, NumberPhrase np) {
    int j = np.to();
    Amount a = new Amount(np.from(), j, QuantityKind.NUMBER);
    a.value = np.value();
    a.number = np;
    a.scale = np.scale();
    if (identifier(t, np)) {
      a.weak = true;
      return a;
    }
    if (percent(t, a, j)) {
      return a;
    }
    if (moneyAfter(t, a, j)) {
      return a;
    }
    TimeUnits.TimeUnit tu = timeUnitAfter(t, j);
    if (tu != null) {
      int k = t.sym(j, '-') && t.touching(j) ? j + 1 : j;
      Amount d = duration(t, np.from(), k + 1, np.value() * tu.count(), tu);
      d.number = np;
      d.scale = np.scale();
      compoundDuration(t, d);
      return d;
    }
    if (unitAfter(t, a, j)) {
      return a;
    }
    if (np.words() && np.to() - np.from() == 1 && t.word(np.from(), "one") && onePronoun(t, np.from())) {
      a.weak = true;
    }
    return a;
  }

  /** Words after which a number names something: "Article 370", "Resolution 2254", "No. 10", "Flight 17". */
  private static final Set<String> LABELS =
      Set.of("article", "articles", "section", "sections", "resolution", "resolutions", "chapter", "clause",
          "paragraph", "rule", "route", "flight", "room", "no", "nos", "nr", "nrs", "highway", "gate", "platform",
          "channel", "page", "pages", "item", "bill", "amendment", "version", "model", "boeing", "airbus", "apollo",
          "windows", "iphone", "galaxy", "terminal", "precinct", "ward", "district", "building", "block", "exit",
          "interstate", "road", "street", "avenue", "pier", "hangar", "division", "brigade", "battalion",
          "regiment", "squadron", "corps", "fleet", "army", "phase", "stage", "level", "grade", "tier", "category",
          "type", "class", "series", "season", "episode", "volume", "vol", "issue", "case", "docket", "code",
          "ticket", "seat", "row", "lane", "line", "bus", "train", "pp", "fig", "figure", "table", "appendix");

  /** Digits that are part of a name or code: "COVID-19", "F-16", "scp173", "24703L202", "Article 370". */
  private static boolean identifier(Tokens t, NumberPhrase np) {
    int i = np.from();
    if (np.words()) {
      return false;
    }
    int before = t.sym(i - 1, '.') && t.touching(i - 1) ? i - 2 : i - 1;
    if (t.isWord(before) && LABELS.contains(t.norm(before)) && Character.isUpperCase(t.get(before).text.charAt(0))
        && np.plainInteger()) {
      return true;
    }
    // "555-123-4567": a chain of three or more dashed groups of digits
    if (dashedGroup(t, i - 1, -1) && (dashedGroup(t, i - 3, -1) || dashedGroup(t, np.to(), 1))
        || dashedGroup(t, np.to(), 1) && dashedGroup(t, np.to() + 2, 1)) {
      return true;
    }
    if (t.touching(i) && t.isWord(i - 1)) {
      return true;
    }
    if (t.touching(i) && t.sym(i - 1, '-') && t.touching(i - 1) && t.isWord(i - 2)
        && !NumberWords.TENS.containsKey(t.norm(i - 2)) && !t.word(i - 2, "mid")
        && !(NumberWords.SUFFIXES.containsKey(t.get(i - 2).text) && t.isDigits(i - 3) && t.touching(i - 2))) {
      return true;
    }
    // "scp2-173m": a dash glued to a code with digits
    if (t.touching(i) && t.sym(i - 1, '-') && t.touching(i - 1) && t.isDigits(i - 2) && t.touching(i - 2)
        && t.isWord(i - 3) && !NumberWords.SUFFIXES.containsKey(t.get(i - 3).text)) {
      return true;
    }
    int j = np.to();
    if (t.touching(j) && t.isWord(j) && t.touching(j + 1) && t.isDigits(j + 1)) {
      PhraseTable.Match<Units.Unit> u = Units.TABLE.match(t, j);
      return u == null || u.to <= j + 1;
    }
    return false;
  }

  /** True when token {@code k} is a dash glued to a group of digits on the side {@code dir} points to. */
  private static boolean dashedGroup(Tokens t, int k, int dir) {
    return t.sym(k, '-') && (dir < 0 ? t.isDigits(k - 1) && t.touching(k) : t.isDigits(k + 1) && t.touching(k + 1))
        && (dir < 0 ? t.touching(k) : t.touching(k));
  }

  private static boolean onePronoun(Tokens t, int i) {
    if (t.isWord(i - 1) && ONE_PRONOUN_BEFORE.contains(t.norm(i - 1))) {
      return true;
    }
    if (t.isWord(i + 1) && ONE_PRONOUN_AFTER.contains(t.norm(i + 1))) {
      return true;
    }
    return t.word(i + 1, "another") || t.word(i - 1, "one") || t.atClauseEnd(i + 1) && !t.sym(i + 1, '%');
  }

  private static boolean percent(Tokens t, Amount a, int j) {
    int k = -1;
    if (t.sym(j, '%') || t.sym(j, '\uff05')) {
      k = j + 1;
    } else if (t.word(j, "percent") || t.word(j, "pct") || t.word(j, "percents") || t.word(j, "percentage")
        && !t.word(j + 1, "of")) {
      k = j + 1;
    } else if (t.word(j, "per") && t.word(j + 1, "cent")) {
      k = j + 2;
    }
    if (k >= 0) {
      if (t.word(k, "point") || t.word(k, "points")) {
        a.kind = QuantityKind.QUANTITY;
        a.unit = "pp";
        k++;
      } else {
        a.kind = QuantityKind.PERCENT;
        a.unit = "%";
      }
      a.to = k;
      a.coreTo = k;
      return true;
    }
    if (t.word(j, "pp") || t.word(j, "ppt") || t.word(j, "pps") || t.word(j, "ppts")
        || t.word(j, "percentage") && (t.word(j + 1, "point") || t.word(j + 1, "points"))) {
      a.kind = QuantityKind.QUANTITY;
      a.unit = "pp";
      a.to = t.word(j, "percentage") ? j + 2 : j + 1;
      a.coreTo = a.to;
      return true;
    }
    if (t.word(j, "basis") && (t.word(j + 1, "points") || t.word(j + 1, "point")) || t.word(j, "bps")
        || t.word(j, "bp") && !t.touching(j)) {
      a.kind = QuantityKind.QUANTITY;
      a.unit = "bp";
      a.to = t.word(j, "basis") ? j + 2 : j + 1;
      a.coreTo = a.to;
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------- money

  /** "$5", "US$ 3.14", "USD 22.5 million", "£3.2bn", "Rs. 20", "RM42", "dollar 22.5 million". */
  private static Amount moneyBefore(Tokens t, int i) {
    PhraseTable.Match<Currencies.Currency> c = Currencies.TABLE.match(t, i);
    if (c == null) {
      return null;
    }
    String phrase = t.norm(i);
    if (!Currencies.before(c.value, phrase) || c.value.role() == Currencies.Role.CODE && !t.get(i).upper()
        && !t.touching(c.to) && !t.exists(c.to)) {
      return null;
    }
    // a symbol glued to a word before it is a ticker or a name: "$DEC", "BTC$"
    if (t.touching(i) && t.isWord(i - 1) && c.value.role() != Currencies.Role.CODE) {
      return null;
    }
    int k = c.to;
    if (!t.exists(k)) {
      return null;
    }
    NumberPhrase np = NumberParser.parse(t, k, true);
    if (np == null) {
      return null;
    }
    if (c.value.role() == Currencies.Role.NAME && !(np.scale() > 1 || !np.integral()) && !phrase.contains("ringgit")
        && !phrase.equals("rmb")) {
      return null;
    }
    if (c.value.role() == Currencies.Role.CODE && !t.get(i).upper() && np.words()) {
      return null;
    }
    Amount a = new Amount(i, np.to(), QuantityKind.MONEY);
    a.value = np.value() * c.value.factor();
    a.unit = c.value.code();
    a.number = np;
    a.scale = np.scale();
    a.unitBefore = true;
    a.coreFrom = i;
    int j = np.to();
    // "$ 10 dollars", "USD 75 million" already read; a repeated name after the number belongs to it
    PhraseTable.Match<Currencies.Currency> again = Currencies.TABLE.match(t, j);
    if (again != null && again.value.code().equals(a.unit) && again.value.role() == Currencies.Role.NAME) {
      j = again.to;
    }
    // a scale after a code: "MAUD 60" is read by the M prefix; "USD 75 million" by the number
    a.to = j;
    a.coreTo = j;
    cents(t, a);
    return a;
  }

  /** A currency after the number: "10 dollars", "20€", "115USD", "50 cents", "75 USD million", "12-cent". */
  private static boolean moneyAfter(Tokens t, Amount a, int j) {
    int k = j;
    if (t.sym(j, '-') && t.touching(j) && t.touching(j + 1) && t.isWord(j + 1)) {
      k = j + 1;
    }
    PhraseTable.Match<Currencies.Currency> c = Currencies.TABLE.match(t, k);
    if (c == null) {
      return false;
    }
    Currencies.Currency cur = c.value;
    switch (cur.role()) {
      case PREFIX:
        return false;
      case MINOR_SYMBOL:
        if (!t.touching(k) || t.touching(c.to) && (t.isWord(c.to) || t.isDigits(c.to))) {
          return false;
        }
        break;
      case CODE:
        if (!t.get(k).upper() && (a.number.words() && !t.touching(k))) {
          return false;
        }
        if (t.touching(c.to) && (t.isWord(c.to) || t.isDigits(c.to))) {
          return false;
        }
        break;
      case SYMBOL:
        if (t.touching(c.to) && (t.isWord(c.to) || t.isDigits(c.to)) && !t.word(c.to, "ur")) {
          return false;
        }
        break;
      case POUND:
        if (!poundIsMoney(t, a, k)) {
          return false;
        }
        break;
      default:
        if (k > j && !(cur.role() == Currencies.Role.MINOR || cur.role() == Currencies.Role.NAME)) {
          return false;
        }
        break;
    }
    a.kind = QuantityKind.MONEY;
    a.unit = cur.code();
    a.value = a.value * cur.factor();
    int end = c.to;
    // "75 USD million", "10 bln USD"
    if (cur.role() == Currencies.Role.CODE && t.isWord(end) && NumberWords.SCALES.containsKey(t.norm(end))
        && !NumberWords.PLURAL_SCALES.contains(t.norm(end))) {
      double s = NumberWords.SCALES.get(t.norm(end));
      a.value *= s;
      a.scale = s;
      end++;
    }
    a.to = end;
    a.coreTo = end;
    if (cur.role() != Currencies.Role.MINOR && cur.role() != Currencies.Role.MINOR_SYMBOL) {
      cents(t, a);
    }
    return true;
  }

  /** Pounds are money with a scale word ("361 million pounds"), a nationality, or money words nearby. */
  private static boolean poundIsMoney(Tokens t, Amount a, int k) {
    if (a.scale >= 1e6) {
      return true;
    }
    if (t.word(k + 1, "of") || t.word(k + 1, "per")) {
      return false;
    }
    for (int m = a.from - 1; m >= Math.max(0, a.from - 5); m--) {
      if (t.isWord(m) && MONEY_CONTEXT.contains(t.norm(m))) {
        return true;
      }
    }
    return false;
  }

  /** Cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$20 43". */
  private static void cents(Tokens t, Amount a) {
    if (a.number == null || !a.number.integral() || a.scale > 1) {
      return;
    }
    int k = a.to;
    boolean and = t.word(k, "and");
    if (and) {
      k++;
    }
    NumberPhrase c = NumberParser.parse(t, k, false);
    if (c == null || !c.integral() || c.value() <= 0 || c.value() >= 100 || c.scale() > 1) {
      return;
    }
    int e = c.to();
    PhraseTable.Match<Currencies.Currency> minor = Currencies.TABLE.match(t, e);
    if (minor != null && (minor.value.role() == Currencies.Role.MINOR
        || minor.value.role() == Currencies.Role.MINOR_SYMBOL && t.touching(e))) {
      a.value += c.value() / 100;
      a.to = minor.to;
      a.coreTo = minor.to;
      return;
    }
    boolean twoDigits = c.words() || t.get(k).text.length() == 2;
    if (twoDigits && (t.atClauseEnd(e) && !t.sym(e, '%')) && !(t.sym(e, '.') && t.isDigits(e + 1))) {
      a.value += c.value() / 100;
      a.to = e;
      a.coreTo = e;
    }
  }

  // ---------------------------------------------------------------------------------- quantities

  private static boolean unitAfter(Tokens t, Amount a, int j) {
    int k = j;
    boolean hyphen = false;
    boolean bracket = false;
    if (t.sym(j, '-') && t.touching(j) && t.touching(j + 1)) {
      k = j + 1;
      hyphen = true;
    } else if ((t.sym(j, '(') || t.sym(j, '[') || t.sym(j, '{') || t.sym(j, '<')) && t.touching(j + 1)) {
      k = j + 1;
      bracket = true;
    }
    PhraseTable.Match<Units.Unit> u = Units.TABLE.match(t, k);
    if (u == null) {
      return false;
    }
    Units.Unit unit = u.value;
    int end = u.to;
    if (bracket) {
      if (!(t.sym(end, ')') || t.sym(end, ']') || t.sym(end, '}') || t.sym(end, '>'))) {
        return false;
      }
      end++;
    }
    // "3-inch", and "1,900-km" for the common lower-case abbreviations
    if (hyphen && !unit.name() && !(t.get(k).text.length() >= 2 && t.get(k).text.equals(t.norm(k))
        && !unit.symbol().equals("in"))) {
      return false;
    }
    if (!unitBoundary(t, end)) {
      return false;
    }
    String sym = unit.symbol();
    boolean glued = !t.get(k).space;
    // single letters are units only right after digits: "48m", "100t", "500g", "5l"
    if (t.get(k).text.length() == 1 && t.get(k).isWord()) {
      if (a.number.words()) {
        return false;
      }
      if ((sym.equals("t") || sym.equals("L") && t.get(k).text.equals("l")) && !glued) {
        return false;
      }
    }
    if (sym.equals("lb") && t.isWord(k) && t.norm(k).startsWith("pound") && poundIsMoney(t, a, k)) {
      return false;
    }
    if (sym.equals("deg")) {
      if (!angle(t, a.from)) {
        return false;
      }
    }
    a.kind = QuantityKind.QUANTITY;
    a.unit = sym;
    a.to = end;
    a.coreTo = end;
    feetAndInches(t, a);
    return true;
  }

  /** A unit ends at a word boundary: "m212" and "24703L202" are codes, not metres and litres. */
  private static boolean unitBoundary(Tokens t, int end) {
    return !(t.touching(end) && (t.isWord(end) || t.isDigits(end)
        || t.sym(end, '-') && t.touching(end + 1) && t.isDigits(end + 1)));
  }

  private static boolean angle(Tokens t, int from) {
    for (int m = from - 1; m >= Math.max(0, from - 4); m--) {
      if (t.isWord(m) && ANGLE_CONTEXT.contains(t.norm(m))) {
        return true;
      }
    }
    return false;
  }

  /** "5 ft 2 in", "5 feet 2 inches", "5 feet and 2 inches": one length in feet. */
  private static void feetAndInches(Tokens t, Amount a) {
    if (!"ft".equals(a.unit)) {
      return;
    }
    int k = a.to;
    if (t.word(k, "and")) {
      k++;
    }
    if (!t.isDigits(k) && NumberWords.small(t.norm(k)) < 0) {
      return;
    }
    NumberPhrase in = NumberParser.parse(t, k, false);
    if (in == null || in.value() >= 12) {
      return;
    }
    int e = in.to();
    if (t.word(e, "in") || t.word(e, "inch") || t.word(e, "inches") || t.sym(e, '"')) {
      a.value += in.value() / 12;
      a.to = e + 1;
      a.coreTo = a.to;
    }
  }

  // ---------------------------------------------------------------------------------- durations

  private static TimeUnits.TimeUnit timeUnitAfter(Tokens t, int j) {
    int k = j;
    if (t.sym(j, '-') && t.touching(j) && t.touching(j + 1)) {
      k = j + 1;
    }
    TimeUnits.TimeUnit tu = TimeUnits.at(t, k);
    if (tu == null) {
      return null;
    }
    // "6pm" is never six picometres, and "5 m" is metres; single letters only glued ("3h", "10D")
    if (t.get(k).text.length() == 1 && t.get(k).space) {
      return null;
    }
    if (t.touching(k + 1) && (t.isWord(k + 1) || t.isDigits(k + 1))) {
      return null;
    }
    return tu;
  }

  static Amount duration(Tokens t, int from, int to, double value, TimeUnits.TimeUnit tu) {
    Amount d = new Amount(from, to, QuantityKind.DURATION);
    TimeUnits.Grain g = tu.grain() == TimeUnits.Grain.QUARTER ? TimeUnits.Grain.MONTH : tu.grain();
    double v = tu.grain() == TimeUnits.Grain.QUARTER ? value * 3 : value;
    d.value = v;
    d.unit = g.symbol;
    d.grain = g;
    d.iso = TimeUnits.iso(g, v);
    // "-year-old": an age
    return d;
  }

  /** "1 hour and 30 minutes", "3 hours 30 minutes", "one hour and a half", "2 years 1 month 21 days". */
  private static void compoundDuration(Tokens t, Amount d) {
    int k = d.to;
    // "and a half", "and half", "and a quarter"
    if (t.word(k, "and")) {
      if (t.word(k + 1, "half") || t.word(k + 1, "a") && t.word(k + 2, "half")) {
        d.value += 0.5;
        d.to = t.word(k + 1, "half") ? k + 2 : k + 3;
        d.coreTo = d.to;
        d.iso = TimeUnits.iso(d.grain, d.value);
        return;
      }
      if (t.word(k + 1, "a") && t.word(k + 2, "quarter")) {
        d.value += 0.25;
        d.to = k + 3;
        d.coreTo = d.to;
        d.iso = TimeUnits.iso(d.grain, d.value);
        return;
      }
    }
    double seconds = seconds(d.grain) * d.value;
    StringBuilder iso = new StringBuilder(d.iso);
    TimeUnits.Grain smallest = d.grain;
    boolean extended = false;
    while (true) {
      int m = k;
      if (t.word(m, "and") || t.sym(m, ',')) {
        m++;
      }
      NumberPhrase np = NumberParser.parse(t, m, false);
      if (np == null) {
        break;
      }
      TimeUnits.TimeUnit tu = timeUnitAfter(t, np.to());
      if (tu == null || seconds(tu.grain()) >= seconds(smallest) || tu.count() != 1) {
        break;
      }
      seconds += seconds(tu.grain()) * np.value();
      smallest = tu.grain();
      k = np.to() + 1;
      extended = true;
      appendIso(iso, tu.grain(), np.value());
    }
    if (!extended) {
      return;
    }
    d.value = seconds / seconds(smallest);
    d.grain = smallest;
    d.unit = smallest.symbol;
    d.iso = iso.toString();
    d.to = k;
    d.coreTo = k;
  }

  private static void appendIso(StringBuilder iso, TimeUnits.Grain g, double v) {
    String num = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    if (g.clock && iso.indexOf("T") < 0) {
      iso.append('T');
    }
    iso.append(num).append(g.iso);
  }

  static double seconds(TimeUnits.Grain g) {
    switch (g) {
      case SECOND:
        return 1;
      case MINUTE:
        return 60;
      case HOUR:
        return 3600;
      case DAY:
        return 86400;
      case WEEK:
        return 604800;
      case MONTH:
        return 2592000;
      case QUARTER:
        return 7776000;
      case YEAR:
      default:
        return 31536000;
    }
  }

  // ---------------------------------------------------------------------------------- hedges

  /** Attaches the hedge words before and after an amount. */
  private static void hedge(Tokens t, Amount a) {
    if (a.ordinal || a.isVague() && a.kind != QuantityKind.DURATION) {
      return;
    }
    Hedges.Found before = Hedges.before(t, a.from);
    Hedges.Found after = a.isRange() ? null : Hedges.after(t, a.to);
    if (before != null) {
      if (before.hedge() == Hedge.ABOUT && t.word(before.from(), "some") && a.kind == QuantityKind.DURATION
          && a.isVague()) {
        before = null;
      }
    }
    if (before != null && !a.isRange()) {
      a.hedge = before.hedge();
      a.from = before.from();
    } else if (before != null && a.isRange() && (before.hedge() == Hedge.ABOUT || before.hedge() == Hedge.NEARLY)) {
      a.from = before.from();
    }
    if (after != null) {
      Hedge h = after.hedge();
      if (h == Hedge.EXACT) {
        // "less than 5000 or equal", "more than 5000 or equal to it"
        if (a.hedge == Hedge.LESS_THAN) {
          a.hedge = Hedge.AT_MOST;
          a.to = after.to();
        } else if (a.hedge == Hedge.MORE_THAN) {
          a.hedge = Hedge.AT_LEAST;
          a.to = after.to();
        }
      } else if (a.hedge == Hedge.EXACT || a.hedge == h || a.hedge == Hedge.ABOUT && (h.lower() || h.upper())) {
        // "about five hundred or more": the bound says more than the hedge
        if (a.hedge == Hedge.ABOUT && before != null) {
          a.from = before.to();
        }
        a.hedge = h;
        a.to = after.to();
      } else if (before != null && before.hedge() == Hedge.EXACT && t.word(before.from(), "equal")) {
        // "equal to 5000 or less"
        a.hedge = h;
        a.to = after.to();
      }
    }
  }
}
