using System.Globalization;
using Employment.Core.Audit;
using Employment.Core.JobSeekers;

namespace Employment.Core.EhcPlans.Review;

/// <summary>A coach's choice for one suggestion read from a plan.</summary>
public enum SuggestionChoice { Accept, Change, Remove }

public sealed record SuggestionDecision(SuggestionChoice? Choice, string? Changed);

/// <summary>
/// Turns an uploaded EHC plan into a draft careers profile the coach reviews (decision 0044). The plan file and its text
/// are never stored: the draft keeps the suggestions until the coach decides, the person keeps only what was accepted and
/// the plan's two dates, and the audit log keeps the file's name and size.
/// </summary>
public sealed class PlanReviewService(EhcPlanReader reader, CareersProfileService profiles, AuditLog audit)
{
    public const string PlanRead = "plan_read";

    /// <summary>How long one plan may take to read before the coach is told to try again.</summary>
    public static readonly TimeSpan ReadTimeLimit = TimeSpan.FromSeconds(20);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Reading is CPU work: a few at a time, so uploads cannot take every thread the site has.
    private static readonly SemaphoreSlim Readers = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <summary>Reads the plan on a background thread with a time limit; a problem names the file.</summary>
    public async Task<ReadResult> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        if (!await Readers.WaitAsync(ReadTimeLimit, cancellationToken))
        {
            return new ReadResult(null, $"{name} could not be read: the site is busy reading other plans. Try again in a minute.");
        }
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return await Task.Run(() => reader.Read(stream, name), cancellationToken).WaitAsync(ReadTimeLimit, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new ReadResult(null, $"{name} could not be read: it took longer than {ReadTimeLimit.TotalSeconds:0} seconds to read.");
        }
        finally
        {
            Readers.Release();
        }
    }

    /// <summary>A draft holding the plan's suggestions, for a new person or for <paramref name="existing"/>; audited for an existing person now, for a new one when they are added.</summary>
    public async Task<WriteResult<ProfileDraft>> StartDraftAsync(Guid coachId, JobSeeker? existing, PlanReading reading, string fileName, long bytes)
    {
        var draft = await profiles.StartDraftAsync(coachId, existing);
        var answers = ProfileAnswers.Read(draft);
        answers.Plan = new PlanDraft { FileName = Path.GetFileName(fileName), Bytes = bytes, Suggestions = Suggestions(reading) };
        if (existing is not null)
        {
            audit.Add(existing.Id, coachId, PlanRead, Describe(answers.Plan));
        }
        return await profiles.SaveDraftAsync(draft, answers);
    }

    public static string Describe(PlanDraft plan) => $"EHC plan {plan.FileName} ({Size(plan.Bytes)}) read into a draft profile; the file was not kept";

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024):0.#} MB";

    /// <summary>Applies the coach's decisions to the draft's answers; nothing is saved on the person until "Check your answers".</summary>
    public async Task<IReadOnlyList<Problem>> ReviewAsync(ProfileDraft draft, IReadOnlyList<SuggestionDecision> decisions)
    {
        var answers = ProfileAnswers.Read(draft);
        if (answers.Plan is not { } plan)
        {
            return [Problem.ForPage("There is no plan to review in this draft")];
        }
        var problems = new List<Problem>();
        var kept = new List<(PlanSuggestion Suggestion, string Value)>();
        for (var i = 0; i < plan.Suggestions.Count; i++)
        {
            var suggestion = plan.Suggestions[i];
            var decision = i < decisions.Count ? decisions[i] : new SuggestionDecision(null, null);
            var field = $"Decisions[{i}]";
            var label = PlanFields.Label(suggestion.Field).ToLowerInvariant();
            switch (decision.Choice)
            {
                case null:
                    problems.Add(new Problem(field, $"Choose whether to keep, change or remove the {label} \"{suggestion.Shown}\""));
                    break;
                case SuggestionChoice.Accept:
                    kept.Add((suggestion, suggestion.Value));
                    break;
                case SuggestionChoice.Change when !PlanFields.CanBeChanged(suggestion.Field):
                    problems.Add(new Problem(field, $"Keep or remove the {label} \"{suggestion.Shown}\"; change it on its own page afterwards"));
                    break;
                case SuggestionChoice.Change:
                    var changed = Changed(suggestion.Field, decision.Changed, label, out var problem);
                    if (problem is not null)
                    {
                        problems.Add(new Problem(field, problem));
                    }
                    else
                    {
                        kept.Add((suggestion, changed!));
                    }
                    break;
            }
        }
        var jobs = kept.Count(k => k.Suggestion.Field == PlanFields.Interest);
        if (jobs > 3)
        {
            problems.Add(Problem.ForPage($"Keep at most 3 jobs they are interested in: remove {jobs - 3} more"));
        }
        var hopes = string.Join(" ", kept.Where(k => k.Suggestion.Field == PlanFields.Aspirations).Select(k => k.Value));
        if (hopes.Length > 2000)
        {
            problems.Add(Problem.ForPage("The hopes for work kept are longer than 2000 characters: remove or shorten some"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        Apply(answers, kept, hopes);
        plan.Reviewed = true;
        await profiles.SaveDraftAsync(draft, answers);
        return [];
    }

    private static void Apply(ProfileAnswers answers, List<(PlanSuggestion Suggestion, string Value)> kept, string hopes)
    {
        string? One(string field) => kept.FirstOrDefault(k => k.Suggestion.Field == field).Value;
        List<string> All(string field) => kept.Where(k => k.Suggestion.Field == field).Select(k => k.Value).Distinct().ToList();
        var postcodeBefore = answers.HomePostcode;
        answers.FirstName = One(PlanFields.FirstName) ?? answers.FirstName;
        answers.LastName = One(PlanFields.LastName) ?? answers.LastName;
        answers.DateOfBirth = One(PlanFields.DateOfBirth) is { } born ? DateOnly.ParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture) : answers.DateOfBirth;
        answers.HomePostcode = One(PlanFields.Postcode) ?? answers.HomePostcode;
        answers.EhcPlanIssuedOn = One(PlanFields.PlanIssued) is { } issued ? DateOnly.ParseExact(issued, "yyyy-MM-dd", CultureInfo.InvariantCulture) : answers.EhcPlanIssuedOn;
        answers.EhcNextReviewOn = One(PlanFields.NextReview) is { } review ? DateOnly.ParseExact(review, "yyyy-MM-dd", CultureInfo.InvariantCulture) : answers.EhcNextReviewOn;
        answers.HasEhcPlan = true;
        if (hopes.Length > 0)
        {
            answers.Aspirations = hopes;
        }
        var jobs = All(PlanFields.Interest);
        if (jobs.Count > 0)
        {
            answers.Interests = jobs;
        }
        answers.Skills = [.. answers.Skills.Union(All(PlanFields.Skill))];
        answers.SupportNeeds = [.. answers.SupportNeeds.Union(All(PlanFields.SupportNeed))];
        if (!string.Equals(postcodeBefore, answers.HomePostcode, StringComparison.OrdinalIgnoreCase))
        {
            // A new postcode is placed on the map by the "About the person" page, so the coach confirms it there.
            answers.Answered.Remove("about");
        }
    }

    private static string? Changed(string field, string? typed, string label, out string? problem)
    {
        problem = null;
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = $"Enter the {label}, or choose keep or remove";
            return null;
        }
        if (field is PlanFields.DateOfBirth or PlanFields.PlanIssued or PlanFields.NextReview)
        {
            if (DateOnly.TryParse(text, English, DateTimeStyles.None, out var date) && date.Year is > 1900 and < 2200)
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            problem = $"Enter the {label} as a date, for example 27 3 2026";
            return null;
        }
        var limit = field == PlanFields.Aspirations ? 2000 : field == PlanFields.Postcode ? 8 : 100;
        if (text.Length > limit)
        {
            problem = $"The {label} must be {limit} characters or fewer";
            return null;
        }
        return field == PlanFields.Postcode ? text.ToUpperInvariant() : text;
    }

    private static List<PlanSuggestion> Suggestions(PlanReading reading)
    {
        var list = new List<PlanSuggestion>();
        void Add<T>(string field, PlanField<T>? from, Func<T, string> value, Func<T, string> shown)
        {
            if (from is not null)
            {
                list.Add(new PlanSuggestion(field, value(from.Value), shown(from.Value), from.From.Section, from.From.Sentence));
            }
        }
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Words(DateOnly d) => d.ToString("d MMMM yyyy", English);
        Add(PlanFields.FirstName, reading.GivenName, v => v, v => v);
        Add(PlanFields.LastName, reading.FamilyName, v => v, v => v);
        Add(PlanFields.DateOfBirth, reading.DateOfBirth, Iso, Words);
        Add(PlanFields.Postcode, reading.Postcode, v => v, v => v);
        Add(PlanFields.PlanIssued, reading.PlanIssued, Iso, Words);
        Add(PlanFields.NextReview, reading.NextReview, Iso, Words);
        foreach (var hope in reading.Aspirations)
        {
            Add(PlanFields.Aspirations, hope, v => v, v => v);
        }
        foreach (var job in reading.Interests)
        {
            list.Add(new PlanSuggestion(PlanFields.Interest, job.UnitGroup, $"{job.Title} ({job.UnitGroup})", job.From.Section, job.From.Sentence));
        }
        foreach (var skill in reading.Skills)
        {
            Add(PlanFields.Skill, skill, v => v, v => v);
        }
        foreach (var need in reading.SupportNeeds)
        {
            Add(PlanFields.SupportNeed, need, v => v, v => v);
        }
        return list;
    }
}
