using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Employment.Matching.Store;
using Employment.Matching.Training;
using Microsoft.EntityFrameworkCore;

namespace Employment.Matching.Fairness;

/// <summary>
/// Builds the labelled set from the database and holds out people exactly as training does (same builder, same
/// split and seed), then measures the current model and the rule scorer on them. The work grows with the labelled
/// pairs, so it runs after each retrain and is stored (<see cref="FairnessReports"/>), never on a page request.
/// </summary>
internal sealed class FairnessReport(EmploymentDbContext db)
{
    public async Task<FairnessFigures> BuildAsync(CancellationToken cancellationToken)
    {
        var soc = SocHierarchy.FromReference();
        var pairs = await DatabaseTrainingSet.LoadAsync(db, soc, cancellationToken);
        var options = new RankerOptions();
        var heldOutIds = CandidateSplit.HeldOut(pairs.Select(p => p.Pair.CandidateId), options.HeldOutShare, options.Seed);
        var heldOut = pairs.Where(p => heldOutIds.Contains(p.Pair.CandidateId)).ToList();
        var people = await GroupsAsync(heldOut, cancellationToken);
        var current = await CurrentModelAsync(cancellationToken);
        var tables = FairnessCalculator.Compute(heldOut, people, current?.Model);
        return new FairnessFigures(people.Count, heldOut.Count(p => people.ContainsKey(p.Pair.CandidateId)),
            current is null ? null : $"model v{current.Version} ({current.Model.Name})", tables, current?.Version);
    }

    /// <summary>The adviser dashboard's age bands, so both pages group people the same way.</summary>
    public static string AgeBand(int age) => Core.Statistics.AgeBands.Label(Core.Statistics.AgeBands.Of(age));

    public static string SupportNeedsBand(int count) => count switch
    {
        0 => "None",
        <= 2 => "1 or 2",
        _ => "3 or more",
    };

    private async Task<Dictionary<string, PersonGroups>> GroupsAsync(IReadOnlyList<FeaturedPair> heldOut, CancellationToken cancellationToken)
    {
        // Age as it was when the person's first held-out pair was proposed, as the features saw it.
        var firstProposed = heldOut.GroupBy(p => p.Pair.CandidateId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(p => p.Pair.ProposedOn), StringComparer.Ordinal);
        var councils = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var seekers = await db.JobSeekers.AsNoTracking()
            .Where(s => db.Placements.Any(p => p.JobSeekerId == s.Id) || db.MatchFeedback.Any(f => f.JobSeekerId == s.Id))
            .Select(s => new { s.Id, s.SourceId, s.DateOfBirth, s.TravelMode, s.SupportNeeds, s.LocalAuthorityId })
            .ToListAsync(cancellationToken);
        var groups = new Dictionary<string, PersonGroups>(StringComparer.Ordinal);
        foreach (var s in seekers)
        {
            // The same id the training set gives the person (EntityMapper.ToProfile).
            var id = s.SourceId ?? s.Id.ToString("N");
            if (firstProposed.TryGetValue(id, out var day))
            {
                groups[id] = new PersonGroups(AgeBand(Age.On(s.DateOfBirth, day)), s.TravelMode.Label(),
                    SupportNeedsBand(s.SupportNeeds.Count), councils.GetValueOrDefault(s.LocalAuthorityId, "Not known"));
            }
        }
        return groups;
    }

    private async Task<CurrentModel?> CurrentModelAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await new RankerModelStore(db).LoadCurrentAsync(cancellationToken);
        }
        catch (DatasetUnreadableException)
        {
            // A model trained on older features cannot score today's; the report then compares the rule scorer alone.
            return null;
        }
    }
}
