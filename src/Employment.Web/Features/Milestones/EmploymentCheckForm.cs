using System.ComponentModel.DataAnnotations;

namespace Employment.Web.Features.Milestones;

public sealed class EmploymentCheckForm
{
    public string? Token { get; set; }

    [Required(ErrorMessage = "Select yes if they are still working with you")]
    [RegularExpression("^(yes|no)$", ErrorMessage = "Select yes if they are still working with you")]
    public string? StillWorking { get; set; }

    [Range(0.5, 60, ErrorMessage = "Hours a week must be between 0.5 and 60")]
    public decimal? HoursNow { get; set; }
}

public sealed record EmploymentCheckPage(string FirstName, string Title, string Employer, int Weeks, EmploymentCheckForm Form);

public sealed record AnsweredPage(string FirstName, bool AlreadyAnswered);
