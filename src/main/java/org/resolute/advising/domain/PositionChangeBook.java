package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.advising.PositionChanges;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves and vacates advisor positions as other modules decide, with the basis of each change in the audit trail. */
@Service
@Transactional
class PositionChangeBook implements PositionChanges {

    private final StructureTables tables;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PositionChangeBook(StructureTables tables, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public AdvisorPosition move(UUID position, String institution, String area, String basis) {
        found(position);
        HostInstitution to = tables.institutions().stream().filter(known -> known.code().equals(institution))
                .findFirst().orElseThrow(() -> new InvalidInput("institution", "'" + institution
                        + "' is not a known institution"));
        if (tables.areas().stream().map(FunctionalArea::code).noneMatch(code -> code.equals(area))) {
            throw new InvalidInput("area", "'" + area + "' is not a known area");
        }
        jdbc.update("DELETE FROM advising_counterpart_position WHERE position_id = :id", Map.of("id", position));
        jdbc.update("""
                UPDATE advising_position SET institution_code = :institution, area_code = :area,
                    command_code = :command, location_code = :location, version = version + 1
                WHERE id = :id""", new MapSqlParameterSource("id", position).addValue("institution", to.code())
                .addValue("area", area).addValue("command", to.command()).addValue("location", to.location()));
        AdvisorPosition moved = found(position);
        events.publishEvent(RecordChanged.saved("AdvisorPosition", position, Map.of("position", moved, "basis",
                basis), Marking.MISSION));
        return moved;
    }

    @Override
    public AdvisorPosition vacate(UUID position, LocalDate from, String basis) {
        AdvisorPosition held = found(position);
        held.holderOn(from).filter(holding -> holding.from().isBefore(from)).ifPresent(holding -> {
            jdbc.update("""
                    UPDATE advising_assignment SET until_date = :last
                    WHERE position_id = :position AND person_id = :person AND from_date = :from""",
                    new MapSqlParameterSource("position", position).addValue("person", holding.person())
                            .addValue("from", holding.from()).addValue("last", from.minusDays(1)));
            events.publishEvent(RecordChanged.saved("PositionAssignment", position + "/" + holding.person(),
                    Map.of("assignment", new AdvisorPosition.PositionAssignment(holding.person(),
                            holding.personName(), holding.from(), from.minusDays(1)), "basis", basis),
                    Marking.MISSION));
        });
        return found(position);
    }

    private AdvisorPosition found(UUID position) {
        return tables.positions().stream().filter(candidate -> candidate.id().equals(position)).findFirst()
                .orElseThrow(() -> new NotFound("Advisor position " + position));
    }
}
