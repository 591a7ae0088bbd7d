using Employment.Web.Features.Admin.Fairness;
using Employment.Web.Features.Admin.FollowUpPlans;
using Employment.Web.Features.Admin.Home;
using Employment.Web.Features.Admin.Imports;
using Employment.Web.Features.Admin.Outbox;
using Employment.Web.Features.Admin.People;
using Employment.Web.Features.Admin.Users;
using Employment.Web.Features.Approvals;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    public string AdminHome() => Path<AdminHomeController>(nameof(AdminHomeController.Index));

    public string Users() => Path<UsersController>(nameof(UsersController.Index));

    public string Users(string? search, string? role, int page) => WithQuery(Users(), ("search", search), ("role", role), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string InviteUser() => Path<UsersController>(nameof(UsersController.Invite));

    public string Invitation(Guid userId) => Path<UsersController>(nameof(UsersController.Invitation), new { id = userId });

    public string UserCouncil(Guid userId) => Path<UsersController>(nameof(UsersController.Council), new { id = userId });

    public string UserAccess(Guid userId) => Path<UserAccessController>(nameof(UserAccessController.Index), new { id = userId });

    public string DisableUser(Guid userId) => Path<UserAccessController>(nameof(UserAccessController.Disable), new { id = userId });

    public string EnableUser(Guid userId) => Path<UserAccessController>(nameof(UserAccessController.Enable), new { id = userId });

    public string UserRole(Guid userId) => Path<UserAccessController>(nameof(UserAccessController.Role), new { id = userId });

    public string Retention() => Path<Features.Admin.Retention.RetentionController>(nameof(Features.Admin.Retention.RetentionController.Index));

    public string UnlockUser(Guid userId) => Path<UsersController>(nameof(UsersController.Unlock), new { id = userId });

    public string People() => Path<PeopleController>(nameof(PeopleController.Index));

    /// <summary>A page of the people a search finds; <paramref name="coach"/> is a coach's id, "none" for no coach, or empty.</summary>
    public string People(string? name, string? sourceId, string? council, string? coach, int page) =>
        WithQuery(People(), ("Search.Name", name), ("Search.SourceId", sourceId), ("Search.Council", council), ("Search.Coach", coach), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string AssignSelectedPeople() => Path<PeopleController>(nameof(PeopleController.AssignSelected));

    public string AssignPerson(Guid personId) => Path<PeopleController>(nameof(PeopleController.AssignOne), new { id = personId });

    /// <summary>The confirmation before everyone a search finds is put on one coach's caseload.</summary>
    public string AssignAllPeople(string? name, string? sourceId, string? council, string? coach) =>
        WithQuery(Path<PeopleController>(nameof(PeopleController.AssignAll)), ("Search.Name", name), ("Search.SourceId", sourceId), ("Search.Council", council), ("Search.Coach", coach));

    public string AssignAllPeople() => Path<PeopleController>(nameof(PeopleController.AssignAll));

    public string Imports() => Path<ImportsController>(nameof(ImportsController.Index));

    public string NewImport() => Path<ImportsController>(nameof(ImportsController.New));

    /// <summary>An import run's page; it refreshes itself while the run is going unless <paramref name="refresh"/> is false.</summary>
    public string AdminImport(Guid runId, bool refresh = true)
    {
        var path = Path<ImportsController>(nameof(ImportsController.Show), new { id = runId });
        return refresh ? path : WithQuery(path, ("refresh", "off"));
    }

    public string RunImportAgain(Guid runId) => Path<ImportsController>(nameof(ImportsController.RunAgain), new { id = runId });

    public string Fairness() => Path<FairnessController>(nameof(FairnessController.Index));

    public string FollowUpPlans() => Path<FollowUpPlansController>(nameof(FollowUpPlansController.Index));

    public string FollowUpPlan(int councilId) => Path<FollowUpPlansController>(nameof(FollowUpPlansController.Edit), new { id = councilId });

    public string UseDefaultFollowUpPlan(int councilId) => Path<FollowUpPlansController>(nameof(FollowUpPlansController.UseDefault), new { id = councilId });

    public string Outbox() => Path<OutboxController>(nameof(OutboxController.Index));

    public string Outbox(string? status, int page) => WithQuery(Outbox(), ("status", status), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string OutboxEmail(Guid emailId) => Path<OutboxController>(nameof(OutboxController.Email), new { id = emailId });

    public string TryEmailAgain(Guid emailId) => Path<OutboxController>(nameof(OutboxController.TryAgain), new { id = emailId });

    public string EmployersWaiting() => Path<ApprovalsController>(nameof(ApprovalsController.Index));

    public string ApproveEmployer(Guid employerId) => Path<ApprovalsController>(nameof(ApprovalsController.Approve), new { id = employerId });

    public string RejectEmployer(Guid employerId) => Path<ApprovalsController>(nameof(ApprovalsController.Reject), new { id = employerId });
}
