using Employment.Core.Placements;

namespace Employment.Core.Interchange;

internal sealed record PlacementEventRow(
    int Line,
    string CandidateId,
    string VacancyId,
    PlacementEventType Event,
    DateOnly Date,
    decimal? HoursPerWeek,
    decimal? HourlyPay,
    string? Reason);
