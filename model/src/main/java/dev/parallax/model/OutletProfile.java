package dev.parallax.model;

import java.util.Objects;

/**
 * Context about one outlet from the registry shipped with Parallax or a user's registry file.
 *
 * @param name the outlet's canonical name
 * @param country where the outlet is based (ISO 3166-1 alpha-2 or a name), or null
 * @param ownership who owns it
 * @param note a short description, or null
 * @param origin which registry the entry came from
 */
public record OutletProfile(String name, String country, Ownership ownership, String note, String origin) {

  public OutletProfile {
    Checks.nonBlank(name, "name");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(origin, "origin");
  }
}
