using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Contacts;

/// <summary>
/// The one writer of the contact log: adds a note or contact, and when a successful contact answers an open follow-up,
/// completes that follow-up on the contact's date, in the same save with its audit entry.
/// </summary>
public sealed class ContactLogService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MostTextLength = 2000;

    public const string SomeoneElseCompletedIt =
        "Someone else recorded this follow-up at the same moment, so nothing from this form was saved. Check the follow-ups and add your note again without choosing it.";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>What a note for the person may link to: their placements and open follow-ups, with the dates the rules need.</summary>
    public async Task<ContactChoices> ChoicesForAsync(JobSeeker person)
    {
        var placements = await db.Placements.AsNoTracking().Where(p => p.JobSeekerId == person.Id)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new PlacementChoice(p.Id, p.Opportunity!.Title + " at " + p.Opportunity.Employer!.Name))
            .ToListAsync();
        var followUps = await db.FollowUps.Where(f => f.Placement!.JobSeekerId == person.Id && f.CompletedOn == null && !f.NotNeeded)
            .Include(f => f.Placement).ThenInclude(p => p!.Events)
            .Include(f => f.Placement).ThenInclude(p => p!.Opportunity)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Kind)
            .AsSplitQuery()
            .ToListAsync();
        var earliestStep = await db.PlacementEvents.Where(e => e.Placement!.JobSeekerId == person.Id).MinAsync(e => (DateOnly?)e.OccurredOn);
        return new ContactChoices(person, WhenItHappened.JoinedOn(person.CreatedAt, clock, earliestStep), placements, followUps);
    }

    /// <summary>Every rule of a note or contact; the form's validator shows the same problems.</summary>
    public IReadOnlyList<Problem> Check(ContactChoices choices, ContactNote note)
    {
        var problems = new List<Problem>();
        if (!Enum.IsDefined(note.Kind))
        {
            problems.Add(new("Kind", "Select what kind of note or contact it was"));
        }
        if (note.Kind == ContactKind.CaseNote)
        {
            if (note.Outcome is not null)
            {
                problems.Add(new("Outcome", "A case note is not a contact, so it has no outcome: choose the kind of contact instead"));
            }
        }
        else if (note.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            problems.Add(new("Outcome", "Select whether you spoke to them or could not reach them"));
        }
        var wrongDate = WhenItHappened.Check("OccurredOn", note.OccurredOn, Today, (choices.JoinedOn, $"{choices.Person.DisplayName} joined the service"));
        if (wrongDate is not null)
        {
            problems.Add(wrongDate);
        }
        if (string.IsNullOrWhiteSpace(note.Text))
        {
            problems.Add(new("Text", "Say what happened"));
        }
        else if (note.Text.Trim().Length > MostTextLength)
        {
            problems.Add(new("Text", $"What happened must be {MostTextLength:N0} characters or fewer"));
        }
        if (note.PlacementId is { } placementId && choices.Placements.All(p => p.Id != placementId))
        {
            problems.Add(new("PlacementId", "Select one of the person's placements, or none"));
        }
        if (note.FollowUpId is { } followUpId)
        {
            problems.AddRange(CheckFollowUp(choices, note, followUpId, checkDate: wrongDate is null));
        }
        return problems;
    }

    private IEnumerable<Problem> CheckFollowUp(ContactChoices choices, ContactNote note, Guid followUpId, bool checkDate)
    {
        if (choices.OpenFollowUps.FirstOrDefault(f => f.Id == followUpId) is not { } followUp)
        {
            yield return new("FollowUpId", "That follow-up is already recorded or not needed: choose another, or none");
            yield break;
        }
        if (note.Kind == ContactKind.CaseNote || note.Outcome != ContactOutcome.Reached)
        {
            yield return new("FollowUpId", "Only a contact where you spoke to them completes a follow-up: choose none, or say you spoke to them");
            yield break;
        }
        if (note.PlacementId is { } placementId && placementId != followUp.PlacementId)
        {
            yield return new("PlacementId", "The follow-up you chose is for another placement: choose that placement, or none");
        }
        if (checkDate && CheckInRecorder.CheckDate(followUp, note.OccurredOn, Today, "OccurredOn") is { } wrongDate)
        {
            yield return wrongDate;
        }
    }

    /// <summary>Checks and saves the entry (and the follow-up it completes); returns the problems instead, having saved nothing.</summary>
    public async Task<WriteResult<ContactEntry>> AddAsync(ContactChoices choices, ContactNote note, Guid userId)
    {
        var problems = Check(choices, note);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        var followUp = note.FollowUpId is { } id ? choices.OpenFollowUps.Single(f => f.Id == id) : null;
        var entry = new ContactEntry
        {
            JobSeekerId = choices.Person.Id,
            PlacementId = followUp?.PlacementId ?? note.PlacementId,
            FollowUpId = followUp?.Id,
            Kind = note.Kind,
            Outcome = note.Outcome,
            OccurredOn = note.OccurredOn,
            Text = note.Text!.Trim(),
            RecordedById = userId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.ContactEntries.Add(entry);
        audit.Add(choices.Person.Id, userId, AuditLog.Created, $"Contact log: {note.Kind.Label().ToLowerInvariant()}");
        if (followUp is not null)
        {
            followUp.CompletedOn = note.OccurredOn;
            followUp.CompletedById = userId;
            followUp.Notes = entry.Text;
            audit.Add(choices.Person.Id, userId, AuditLog.Changed, $"Follow-up: {followUp.Kind.Label().ToLowerInvariant()}");
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Another coach completed the follow-up between reading it and saving this: nothing of this one was saved.
            db.ChangeTracker.Clear();
            return new(null, [Problem.ForPage(SomeoneElseCompletedIt)]);
        }
        return WriteResult.Saved(entry);
    }
}

public sealed record PlacementChoice(Guid Id, string Title);

/// <summary>The person a note is for, the first day it may be dated, and what it may link to (open follow-ups tracked, so one can be completed).</summary>
public sealed record ContactChoices(JobSeeker Person, DateOnly JoinedOn, IReadOnlyList<PlacementChoice> Placements, IReadOnlyList<FollowUp> OpenFollowUps);
