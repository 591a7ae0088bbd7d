using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Opportunities.Search;

public static class SavedSearches
{
    public const int MaxWordsLength = 100;
}

/// <summary>Saves, replaces and removes the one saved opportunity search a person has.</summary>
public sealed class SavedSearchService(EmploymentDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Saves the search for the person, replacing any they had, in one statement: two coaches saving at once leave one
    /// row (the later one), never two and never an error (the unique index on the person decides).
    /// </summary>
    public async Task<WriteResult<SavedSearch>> SaveAsync(Guid jobSeekerId, SavedSearch search, Guid? byUserId, CancellationToken cancellationToken = default)
    {
        if (!await db.JobSeekers.AnyAsync(j => j.Id == jobSeekerId && j.ErasedAt == null, cancellationToken))
        {
            return WriteResult.Refused<SavedSearch>(Problem.ForPage("This person's record is no longer available"));
        }
        var now = clock.GetUtcNow();
        var kind = search.Kind is { } k ? SnakeCase.Of(k) : null;
        var level = search.MinimumLevel is { } l ? SnakeCase.Of(l) : null;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO saved_searches (id, job_seeker_id, kind, words, postcode, within_miles, hours_min, hours_max, minimum_level, closing_within_days, saved_by_id, saved_at)
            VALUES ({Guid.NewGuid()}, {jobSeekerId}, {kind}, {search.Words}, {search.Postcode}, {search.WithinMiles}, {search.HoursMin}, {search.HoursMax}, {level}, {search.ClosingWithinDays}, {byUserId}, {now})
            ON CONFLICT (job_seeker_id) DO UPDATE SET
                kind = excluded.kind, words = excluded.words, postcode = excluded.postcode, within_miles = excluded.within_miles,
                hours_min = excluded.hours_min, hours_max = excluded.hours_max, minimum_level = excluded.minimum_level,
                closing_within_days = excluded.closing_within_days, saved_by_id = excluded.saved_by_id, saved_at = excluded.saved_at
            """, cancellationToken);
        return WriteResult.Saved(await db.SavedSearches.AsNoTracking().SingleAsync(s => s.JobSeekerId == jobSeekerId, cancellationToken));
    }

    public Task<int> RemoveAsync(Guid jobSeekerId, CancellationToken cancellationToken = default) =>
        db.SavedSearches.Where(s => s.JobSeekerId == jobSeekerId).ExecuteDeleteAsync(cancellationToken);
}
