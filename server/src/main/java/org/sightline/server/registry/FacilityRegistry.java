package org.sightline.server.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.geodata.geom.CheckedGeometry;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.source.Source;
import org.sightline.geodata.text.FieldText;
import org.sightline.geodata.text.RevisedRomanization;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.RecordHistory;
import org.sightline.server.audit.RecordVersion;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.visibility.Visibility;

/**
 * Creating, editing, soft-deleting, searching and reading the history of facilities. Every edit
 * names the version it was based on; a stale one changes nothing (412). Every write is attributed,
 * audited and kept in history by the database. Thread-safe.
 */
public final class FacilityRegistry {
  private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,63}";

  private final AttributedTransactions transactions;

  public FacilityRegistry(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** The result of a write: the entry as stored and what a geometry repair changed. */
  public record Written(RegistryEntry entry, List<String> repairs) {}

  public Written create(Actor actor, FacilityEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a facility: {\"id\": ..., \"name\": ..., \"type\": ..., ...}");
    }
    FieldProblems problems = new FieldProblems();
    String id = problems.check(() -> requireId(edit));
    Checked checked = problems.check(() -> check(edit, repair));
    problems.throwIfAny();
    return transactions.inTransaction(actor, handle -> insert(handle, actor, id, checked));
  }

  /**
   * Inside the caller's attributed transaction (imports): creates the facility, or reports that an
   * identical one exists ({@code null} written entry means unchanged).
   *
   * @return the stored entry, or empty when an identical facility already exists
   * @throws ConflictException when a different facility has this id
   */
  public Optional<Written> createIfAbsent(
      Handle handle, Actor actor, FacilityEdit edit, boolean repair) {
    FieldProblems problems = new FieldProblems();
    String id = problems.check(() -> requireId(edit));
    Checked checked = problems.check(() -> check(edit, repair));
    problems.throwIfAny();
    FacilityDao dao = handle.attach(FacilityDao.class);
    Optional<RegistryEntry> existing = dao.find(id);
    if (existing.isPresent()) {
      if (checked.sameAs(existing.get())) {
        return Optional.empty();
      }
      throw new ConflictException(
          "facility '"
              + id
              + "' exists with other values"
              + (existing.get().deletedAt() != null ? " (deleted)" : "")
              + "; edit it instead of importing it again");
    }
    return Optional.of(insert(handle, actor, id, checked));
  }

  private static Written insert(Handle handle, Actor actor, String id, Checked checked) {
    FacilityDao dao = handle.attach(FacilityDao.class);
    if (dao.find(id).isPresent()) {
      throw new ConflictException(
          "a facility with id '" + id + "' exists (ids are never reused, even after deletion)");
    }
    dao.insert(checked.fields(id), actor.name());
    return new Written(dao.find(id).orElseThrow(), checked.location.repairs());
  }

  private static String requireId(FacilityEdit edit) {
    String id = edit.id() == null ? "" : edit.id().strip();
    if (!id.matches(ID_PATTERN)) {
      throw new InvalidInputException(
          "id must be 2-64 characters of lowercase letters, digits and '-', e.g."
              + " kwanliso-15-yodok; got '"
              + (id.length() > 70 ? id.substring(0, 70) + "..." : id)
              + "'");
    }
    return id;
  }

  public Written replace(
      Actor actor, String id, int expectedVersion, FacilityEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a facility: {\"name\": ..., \"type\": ..., ...}");
    }
    if (edit.id() != null && !edit.id().equals(id)) {
      throw new InvalidInputException(
          "a facility's id never changes: the body says '"
              + edit.id()
              + "', the path '"
              + id
              + "'");
    }
    Checked checked = check(edit, repair);
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityDao dao = handle.attach(FacilityDao.class);
          RegistryEntry current = live(dao, id);
          requireVersion(current, expectedVersion);
          dao.update(checked.fields(id), expectedVersion, actor.name());
          return new Written(dao.find(id).orElseThrow(), checked.location.repairs());
        });
  }

  /** Soft delete: the record stays, with who and why, and disappears from every listing. */
  public RegistryEntry delete(Actor actor, String id, int expectedVersion, String reason) {
    String why = FieldText.optional("reason", reason, 1000);
    if (why == null) {
      throw new InvalidInputException("reason is required: why is this facility deleted?");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityDao dao = handle.attach(FacilityDao.class);
          requireVersion(live(dao, id), expectedVersion);
          dao.softDelete(id, expectedVersion, actor.name(), why);
          return dao.find(id).orElseThrow();
        });
  }

  /** A facility the caller may see; a 404 for one they may not, as for one that does not exist. */
  public RegistryEntry get(String id, Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(FacilityDao.class).findVisible(id, visibility))
        .orElseThrow(() -> new EntityNotFoundException("there is no facility '" + id + "'"));
  }

  /** The citations of a facility: sources of its locations and boundaries. */
  public List<Source> sources(String id) {
    return transactions.jdbi().withHandle(handle -> handle.attach(FacilityDao.class).sources(id));
  }

  /**
   * Visible facilities named like {@code query} (any script or romanization; Hangul is also
   * compared by its Revised Romanization), best first: exact and alias matches, then similar
   * spellings ({@link FacilityDao#search}).
   */
  public List<RegistryEntry> search(String query, Visibility visibility, int limit) {
    return searchScored(query, visibility, limit).stream().map(NameMatch::entry).toList();
  }

  /** As {@link #search}, each with its match score and similarity. */
  public List<NameMatch> searchScored(String query, Visibility visibility, int limit) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException(
          "q is required: a name in any script or romanization, e.g. q=yodok or q=요덕");
    }
    String q = FieldText.required("q", query, 200);
    String romanized =
        q.codePoints().anyMatch(RevisedRomanization::isSyllable)
            ? RevisedRomanization.romanize(q)
            : null;
    return transactions
        .jdbi()
        .withHandle(
            handle -> handle.attach(FacilityDao.class).search(q, romanized, visibility, limit));
  }

  /** Every version of the facility, deleted ones included, oldest first. */
  public List<RecordVersion> history(String id) {
    return transactions
        .jdbi()
        .withHandle(
            handle -> {
              if (handle.attach(FacilityDao.class).find(id).isEmpty()) {
                throw new EntityNotFoundException("there is no facility '" + id + "'");
              }
              return RecordHistory.of(handle, "facility", id);
            });
  }

  /** The live facility, its row locked until the transaction ends; 404 when absent or deleted. */
  public static RegistryEntry live(FacilityDao dao, String id) {
    RegistryEntry entry =
        dao.lock(id)
            .orElseThrow(() -> new EntityNotFoundException("there is no facility '" + id + "'"));
    if (entry.deletedAt() != null) {
      throw new EntityNotFoundException(
          "facility '"
              + id
              + "' was deleted at "
              + entry.deletedAt()
              + " by "
              + entry.deletedBy()
              + ": "
              + entry.deletionReason());
    }
    return entry;
  }

  static void requireVersion(RegistryEntry entry, int expectedVersion) {
    if (entry.version() != expectedVersion) {
      throw new StaleVersionException(
          "facility '" + entry.id() + "'", expectedVersion, entry.version());
    }
  }

  @SuppressWarnings("ArrayRecordComponent") // arrays bind as SQL arrays; never compared or hashed
  private record Checked(
      String name,
      String nameKo,
      String nameMr,
      String nameRr,
      String[] aliases,
      String type,
      String status,
      LocalDate statusSince,
      String agency,
      String province,
      String description,
      CheckedGeometry location) {

    /** The fields to write; new facilities are unpublished until an advocate publishes them. */
    FacilityFields fields(String id) {
      return new FacilityFields(
          id,
          name,
          nameKo,
          nameMr,
          nameRr,
          List.of(aliases),
          type,
          status,
          statusSince,
          agency,
          province,
          description,
          location.geometry(),
          false);
    }

    /** Whether {@code entry} already holds exactly these values (geometry compared exactly). */
    boolean sameAs(RegistryEntry entry) {
      return Objects.equals(name, entry.name())
          && Objects.equals(nameKo, entry.nameKo())
          && Objects.equals(nameMr, entry.nameMr())
          && Objects.equals(nameRr, entry.nameRr())
          && List.of(aliases).equals(entry.aliases())
          && type.equals(entry.type())
          && status.equals(entry.status())
          && Objects.equals(statusSince, entry.statusSince())
          && Objects.equals(agency, entry.controllingAgency())
          && Objects.equals(province, entry.province())
          && Objects.equals(description, entry.description())
          && location.geometry().equalsExact(entry.location());
    }
  }

  /**
   * Every field checked, every problem collected.
   *
   * @throws org.sightline.server.errors.InvalidFieldsException listing every problem
   */
  private static Checked check(FacilityEdit edit, boolean repair) {
    FieldProblems problems = new FieldProblems();
    Checked checked = check(edit, repair, problems);
    problems.throwIfAny();
    return checked;
  }

  /**
   * What is wrong with {@code edit} apart from its id: every problem, in field order; empty when it
   * may be stored. For imports, which report an id that cannot be made beside the rest.
   */
  public static List<String> problemsBesideId(FacilityEdit edit, boolean repair) {
    FieldProblems problems = new FieldProblems();
    check(edit, repair, problems);
    return problems.problems();
  }

  private static Checked check(FacilityEdit edit, boolean repair, FieldProblems problems) {
    String type =
        problems.check(
            () -> {
              try {
                return FacilityType.fromCode(edit.type() == null ? "" : edit.type()).code();
              } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type: " + e.getMessage());
              }
            });
    String status =
        problems.check(
            () -> {
              try {
                return FacilityStatus.fromCode(edit.status() == null ? "" : edit.status()).code();
              } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status: " + e.getMessage());
              }
            });
    LocalDate since =
        problems.check(
            () -> {
              if (edit.statusSince() == null || edit.statusSince().isBlank()) {
                return null;
              }
              try {
                return LocalDate.parse(edit.statusSince().strip());
              } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                    "statusSince must be a date YYYY-MM-DD, got '" + edit.statusSince() + "'");
              }
            });
    String name = problems.check(() -> FieldText.required("name", edit.name(), FieldText.MAX_NAME));
    String nameKo = problems.check(() -> FieldText.hangul("nameKo", edit.nameKo()));
    String nameMr =
        problems.check(() -> FieldText.optional("nameMr", edit.nameMr(), FieldText.MAX_NAME));
    String nameRr =
        problems.check(() -> FieldText.optional("nameRr", edit.nameRr(), FieldText.MAX_NAME));
    List<String> aliases = problems.check(() -> FieldText.list("aliases", edit.aliases()));
    String agency =
        problems.check(
            () ->
                FieldText.optional(
                    "controllingAgency", edit.controllingAgency(), FieldText.MAX_NAME));
    String province =
        problems.check(() -> FieldText.optional("province", edit.province(), FieldText.MAX_NAME));
    String description = problems.check(() -> FieldText.description(edit.description()));
    CheckedGeometry location =
        problems.check(
            () ->
                CheckedGeometry.from(
                    edit.location(), "location", GeometryCheck.forFacilities(), repair));
    if (!problems.problems().isEmpty()) {
      return null;
    }
    return new Checked(
        name,
        nameKo,
        nameMr,
        nameRr,
        aliases.toArray(String[]::new),
        type,
        status,
        since,
        agency,
        province,
        description,
        location);
  }
}
