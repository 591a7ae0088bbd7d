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

public sealed record JobCard(Guid OpportunityId, string Title, string Kind, string Employer, string? Postcode, int JourneyMinutes, string Travel, decimal Hours, decimal? HourlyPay, IReadOnlyList<string> Help, AnswerKind? LastAnswer);

public sealed record JobsForMePage(MyViewFrame Frame, IReadOnlyList<JobCard> Jobs);

public sealed record NotForMePage(MyViewFrame Frame, JobCard Job, NotForMeForm Form);

public sealed record CurrentJob(string Title, string Employer, DateOnly? Started, DateOnly? NextCheckIn);

public sealed record MyJobsPage(MyViewFrame Frame, IReadOnlyList<CurrentJob> Jobs, string? CoachName, string? CoachEmail, string? CoachPhone);

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
