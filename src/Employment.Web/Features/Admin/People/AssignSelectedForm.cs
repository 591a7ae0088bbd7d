namespace Employment.Web.Features.Admin.People;

/// <summary>The people ticked on a page of results and the coach to give them, as posted.</summary>
public sealed class AssignSelectedForm
{
    public List<string> Selected { get; set; } = [];

    public string? CoachId { get; set; }

    public IReadOnlyList<Guid> People => Selected.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).ToList();
}
