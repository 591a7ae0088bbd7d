using Employment.Core.JobSeekers;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.MyView;

/// <summary>
/// Where the pages live and who is looking: the person by their own link (/my), or their coach's device with
/// the coach beside them (/job-seekers/{id}/with-me), which every page says plainly.
/// </summary>
public sealed record MyViewFrame(JobSeeker Person, Guid? CoachBesideId)
{
    public bool CoachBeside => CoachBesideId is not null;
}

public sealed record AboutMePage(MyViewFrame Frame, string? Aspirations, IReadOnlyList<string> Jobs, IReadOnlyList<string> Skills, IReadOnlyList<string> Support, string Travel, string Hours, AboutMeForm Form);

/// <summary>One thing the employer can help with, and the picture that shows it.</summary>
public sealed record HelpItem(string Label, SupportIcon Icon);

/// <summary>
/// One job as the person sees it. <see cref="Help"/> holds at most <see cref="MyViewPages.HelpShown"/> items, those the
/// person needs first; <see cref="MoreHelp"/> counts the rest.
/// </summary>
public sealed record JobCard(Guid OpportunityId, string Title, string? KindWords, string Employer, string? Postcode, int JourneyMinutes, string Travel, decimal Hours, decimal? HourlyPay, IReadOnlyList<HelpItem> Help, int MoreHelp, AnswerKind? LastAnswer);

/// <summary>How to reach the person's coach.</summary>
public sealed record CoachContact(string Name, string? Email, string? Phone);

/// <summary>
/// "Jobs for me": one job a screen (<see cref="Number"/> of <see cref="Jobs"/>), or, once the person is in work,
/// that job (<see cref="Work"/>) and their coach instead of suggestions.
/// </summary>
public sealed record JobsForMePage(MyViewFrame Frame, IReadOnlyList<JobCard> Jobs, int Number, CurrentJob? Work, CoachContact? Coach)
{
    public JobCard? Job => Number >= 1 && Number <= Jobs.Count ? Jobs[Number - 1] : null;
}

public sealed record NotForMePage(MyViewFrame Frame, JobCard Job, NotForMeForm Form);

public sealed record CurrentJob(string Title, string Employer, DateOnly? Started, DateOnly? NextCheckIn);

public sealed record MyJobsPage(MyViewFrame Frame, IReadOnlyList<CurrentJob> Jobs, CoachContact? Coach);

public sealed class AboutMeForm
{
    public string? WhatToChange { get; set; }
}


public sealed class NotForMeForm
{
    public static readonly IReadOnlyList<(NotForMeReason Value, string Label)> Reasons =
    [
        (NotForMeReason.TooFar, "It is too far"),
        (NotForMeReason.WrongHours, "The hours are wrong for me"),
        (NotForMeReason.DoNotLikeTheWork, "I do not like the work"),
        (NotForMeReason.Other, "Something else"),
    ];

    public NotForMeReason? Reason { get; set; }

    public string? Words { get; set; }

    public static IEnumerable<SelectListItem> Options => Reasons.Select(r => new SelectListItem(r.Label, r.Value.ToString()));
}
