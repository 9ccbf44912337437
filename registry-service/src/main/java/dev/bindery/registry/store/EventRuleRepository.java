package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Event rules by bus and name. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EventRuleRepository extends CrudRepository<EventRuleRow, Long> {

    Optional<EventRuleRow> findByBusNameAndName(String busName, String name);

    @Query("SELECT * FROM event_rule WHERE bus_name = :busName AND name = :name FOR UPDATE")
    Optional<EventRuleRow> findForUpdate(String busName, String name);

    /** The rules of a bus whose names start with the given LIKE pattern, after {@code after}, by name. */
    @Query("""
            SELECT * FROM event_rule
            WHERE bus_name = :busName AND name LIKE :namePrefix ESCAPE '\\' AND name > :after
            ORDER BY name LIMIT :limit""")
    List<EventRuleRow> page(String busName, String namePrefix, String after, int limit);

    /** Every rule in the given state, on any bus (the rules a schema change is checked against). */
    List<EventRuleRow> findByState(String state);
}
