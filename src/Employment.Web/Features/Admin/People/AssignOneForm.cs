namespace Employment.Web.Features.Admin.People;

/// <summary>The coach to give one person, as posted.</summary>
public sealed class AssignOneForm
{
    public string? CoachId { get; set; }
}
