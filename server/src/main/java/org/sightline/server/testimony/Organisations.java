package org.sightline.server.testimony;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.FieldProblems;

/** The contributing organisations: listed and added (never deleted). Thread-safe. */
public final class Organisations {
  private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,63}";

  private final AttributedTransactions transactions;

  public Organisations(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** The body of a new organisation. */
  public record Edit(String id, String name, String nameKo) {}

  public List<OrganisationView> list() {
    return transactions.jdbi().withExtension(OrganisationDao.class, OrganisationDao::all);
  }

  /** Adds an organisation; 409 when the id is taken. */
  public OrganisationView add(Actor actor, Edit edit) {
    return add(actor, edit, false);
  }

  /** Adds one of the sample's made-up organisations, marked synthetic. */
  public OrganisationView addSynthetic(Actor actor, Edit edit) {
    return add(actor, edit, true);
  }

  private OrganisationView add(Actor actor, Edit edit, boolean synthetic) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be an organisation: {\"id\": \"nkdb\", \"name\": \"...\"}");
    }
    FieldProblems problems = new FieldProblems();
    String id =
        problems.check(
            () -> {
              if (edit.id() == null || !edit.id().matches(ID_PATTERN)) {
                throw new InvalidInputException(
                    "id: '"
                        + edit.id()
                        + "' must be 2-64 lowercase letters, digits or '-', starting with a"
                        + " letter or digit");
              }
              return edit.id();
            });
    String name = problems.check(() -> FieldText.required("name", edit.name(), FieldText.MAX_NAME));
    String nameKo = problems.check(() -> FieldText.hangul("nameKo", edit.nameKo()));
    problems.throwIfAny();
    return transactions.inTransaction(
        actor,
        handle -> {
          OrganisationDao dao = handle.attach(OrganisationDao.class);
          if (!dao.insert(id, name, nameKo, synthetic, actor.name())) {
            throw new ConflictException("organisation '" + id + "' exists already");
          }
          return dao.organisation(id).orElseThrow();
        });
  }

  /**
   * The organisation {@code id} inside the caller's transaction.
   *
   * @throws InvalidInputException when there is none (it is a field of the caller's body)
   */
  static OrganisationView require(Handle handle, String field, String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(
          field + " is required: the id of the originating organisation");
    }
    return handle
        .attach(OrganisationDao.class)
        .organisation(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field
                        + ": no organisation '"
                        + id
                        + "'; add it first (POST /api/organisations)"));
  }

  /** The organisation, or 404. */
  public OrganisationView get(String id) {
    return transactions
        .jdbi()
        .withExtension(OrganisationDao.class, dao -> dao.organisation(id))
        .orElseThrow(() -> new EntityNotFoundException("no organisation '" + id + "'"));
  }
}
