using Employment.Web.Features.MyView;

namespace Employment.Web.Infrastructure.Links;

/// <summary>The person's own pages: at /my by their personal link, or beside their coach under their record.</summary>
public sealed partial class SiteLinks
{
    public string PersonalLink(Guid personId) => Path<PersonalLinkController>(nameof(PersonalLinkController.Show), new { id = personId });

    public string StopPersonalLink(Guid personId) => Path<PersonalLinkController>(nameof(PersonalLinkController.Stop), new { id = personId });

    public string OpenPersonalLink(string token) => Path<MyViewController>(nameof(MyViewController.Open), new { token });

    /// <summary>The short link to type, with the code shown in two groups ("/go/HK7P-3XM2"); the dash is optional when typed.</summary>
    public string OpenShortLink(string code) => Path<MyViewController>(nameof(MyViewController.OpenShort), new { code = Core.JobSeekers.PersonalLink.ShowShortCode(code) });

    /// <summary>The first of the person's own pages, and the path their session cookie is limited to.</summary>
    public string MyViewHome() => Path<MyViewController>(nameof(MyViewController.About));

    public string WithMe(Guid personId) => Path<WithCoachController>(nameof(WithCoachController.About), new { id = personId });

    public string CloseMyView() => Path<MyViewController>(nameof(MyViewController.Close));

    public string AboutMe(MyViewFrame frame) => MyView(frame, nameof(MyViewController.About));

    /// <summary>"Jobs for me", at the <paramref name="number"/>th job (one job a screen); the first when none is given.</summary>
    public string JobsForMe(MyViewFrame frame, int? number = null) =>
        number is null or 1 ? MyView(frame, nameof(MyViewController.Jobs)) : MyView(frame, nameof(MyViewController.Jobs), job: number);

    public string AnswerJob(MyViewFrame frame, Guid opportunityId) => MyView(frame, nameof(MyViewController.Job), opportunityId);

    public string NotForMe(MyViewFrame frame, Guid opportunityId) => MyView(frame, nameof(MyViewController.NotForMe), opportunityId);

    public string MyJobs(MyViewFrame frame) => MyView(frame, nameof(MyViewController.MyJobs));

    private string MyView(MyViewFrame frame, string action, Guid? opportunityId = null, int? job = null) =>
        frame.CoachBeside
            ? Path<WithCoachController>(action, new { id = frame.Person.Id, opportunityId, job })
            : Path<MyViewController>(action, new { opportunityId, job });
}
