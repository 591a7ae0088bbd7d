namespace Employment.Web.Features.Milestones;

public sealed class EmploymentCheckForm
{
    public string? Token { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? StillWorking { get; set; }

    public decimal? HoursNow { get; set; }
}

public sealed record EmploymentCheckPage(string FirstName, string Title, string Employer, int Weeks, EmploymentCheckForm Form);

public sealed record AnsweredPage(string FirstName, bool AlreadyAnswered);
