using Employment.Core.Placements;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>
    /// A new person (born 11 May 1998) introduced on 1 December 2025 to a new paid job with no site (posted
    /// 6 January 2025), unless told otherwise; its stage is the last event's. Later steps written here skip the
    /// pipeline's checks: tests of the pipeline record them through <see cref="PlacementRecorder"/>.
    /// </summary>
    public Task<Placement> CreatePlacementAsync(Action<PlacementBuilder>? configure = null) => SaveAsync(async db =>
    {
        var builder = new PlacementBuilder();
        configure?.Invoke(builder);
        var placement = await builder.BuildAsync(db);
        db.Placements.Add(placement);
        return placement;
    });
}

public sealed class PlacementBuilder
{
    private Guid? _jobSeekerId;
    private Guid? _opportunityId;
    private Guid? _coachId;
    private DateOnly _introducedOn = new(2025, 12, 1);
    private DateTimeOffset? _recordedAt;
    private readonly List<Action<JobSeekerBuilder>> _person = [p => p.BornOn(new DateOnly(1998, 5, 11))];
    private readonly List<Action<OpportunityBuilder>> _opportunity = [o => o.WithoutSite().PostedOn(new DateOnly(2025, 1, 6))];
    private readonly List<PlacementEvent> _laterEvents = [];

    public PlacementBuilder For(Guid jobSeekerId)
    {
        _jobSeekerId = jobSeekerId;
        return this;
    }

    public PlacementBuilder ForNewJobSeeker(Action<JobSeekerBuilder> configure)
    {
        _person.Add(configure);
        return this;
    }

    public PlacementBuilder At(Guid opportunityId)
    {
        _opportunityId = opportunityId;
        return this;
    }

    public PlacementBuilder AtNewOpportunity(Action<OpportunityBuilder> configure)
    {
        _opportunity.Add(configure);
        return this;
    }

    /// <summary>The coach who introduced the person, and whose caseload a new person is on.</summary>
    public PlacementBuilder ByCoach(Guid? coachId)
    {
        _coachId = coachId;
        return this;
    }

    public PlacementBuilder IntroducedOn(DateOnly day)
    {
        _introducedOn = day;
        return this;
    }

    /// <summary>When the rows were written (the placement and its introduction); the real clock unless told.</summary>
    public PlacementBuilder RecordedAt(DateTimeOffset when)
    {
        _recordedAt = when;
        return this;
    }

    /// <summary>A later step, written as it stands (no pipeline checks, no follow-ups); a job change or employer's answer keeps the stage.</summary>
    public PlacementBuilder Then(PlacementEventType type, DateOnly on, decimal? hoursPerWeek = null, decimal? hourlyPay = null, string? reason = null)
    {
        _laterEvents.Add(new PlacementEvent { Type = type, OccurredOn = on, HoursPerWeek = hoursPerWeek, HourlyPay = hourlyPay, Reason = reason, RecordedAt = DateTimeOffset.UtcNow });
        return this;
    }

    internal async Task<Placement> BuildAsync(Core.Data.EmploymentDbContext db)
    {
        var data = TestData.On(db);
        var personId = _jobSeekerId ?? (await data.CreateJobSeekerAsync(p =>
        {
            p.InCaseloadOf(_coachId);
            _person.ForEach(configure => configure(p));
        })).Id;
        var opportunityId = _opportunityId ?? (await data.CreateOpportunityAsync(o => _opportunity.ForEach(configure => configure(o)))).Id;
        var recordedAt = _recordedAt ?? DateTimeOffset.UtcNow;
        PlacementEvent[] events =
        [
            new PlacementEvent { Type = PlacementEventType.Introduced, OccurredOn = _introducedOn, RecordedById = _coachId, RecordedAt = recordedAt },
            .. _laterEvents,
        ];
        return new Placement { JobSeekerId = personId, OpportunityId = opportunityId, Stage = events.Last(e => !PlacementPipeline.KeepsStage(e.Type)).Type, CreatedAt = recordedAt, Events = [.. events] };
    }
}
