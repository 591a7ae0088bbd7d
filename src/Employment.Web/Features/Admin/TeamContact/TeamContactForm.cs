namespace Employment.Web.Features.Admin.TeamContact;

public sealed class TeamContactForm
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}
