package dev.parallax.model;

import java.util.List;

/**
 * The framing indicators of one article.
 *
 * @param articleId the article measured
 * @param indicators its indicators, in a fixed order that is the same for every article
 */
public record BiasProfile(String articleId, List<BiasIndicator> indicators) {

  public BiasProfile {
    Checks.nonBlank(articleId, "articleId");
    indicators = Checks.list(indicators, "indicators");
  }

  /** The indicator with this name, if the profile has one. */
  public java.util.Optional<BiasIndicator> indicator(String name) {
    return indicators.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
