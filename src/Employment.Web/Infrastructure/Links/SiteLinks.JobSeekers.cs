using Employment.Web.Features.JobSeekers.Contacts;
using Employment.Web.Features.JobSeekers.Consent;
using Employment.Web.Features.JobSeekers.DataRights;
using Employment.Web.Features.JobSeekers.Pause;
using Employment.Web.Features.JobSeekers.Plan;
using Employment.Web.Features.JobSeekers.Profile;
using Employment.Web.Features.JobSeekers.Record;
using Employment.Matching.Candidates;
using Employment.Web.Features.Matching;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    /// <summary>A person's record; <paramref name="section"/> jumps to a part of it (consent, coach, placements, follow-ups).</summary>
    public string JobSeeker(Guid personId, string? section = null) => Path<RecordController>(nameof(RecordController.Show), new { id = personId }, section);

    public string JobSeekerEasyRead(Guid personId) => Path<RecordController>(nameof(RecordController.EasyRead), new { id = personId });

    public string PauseJobSeeker(Guid personId) => Path<PauseController>(nameof(PauseController.Index), new { id = personId });

    public string ResumeJobSeeker(Guid personId) => Path<RecordController>(nameof(RecordController.Resume), new { id = personId });

    public string AssignCoach(Guid personId) => Path<RecordController>(nameof(RecordController.AssignCoach), new { id = personId });

    public string Consent(Guid personId) => Path<ConsentController>(nameof(ConsentController.Index), new { id = personId });

    public string WithdrawConsent(Guid personId) => Path<ConsentController>(nameof(ConsentController.Withdraw), new { id = personId });

    public string ConsentEasyRead(Guid personId) => Path<ConsentController>(nameof(ConsentController.EasyRead), new { id = personId });

    public string DataReport(Guid personId) => Path<DataRightsController>(nameof(DataRightsController.Report), new { id = personId });

    public string DataReportJson(Guid personId) => Path<DataRightsController>(nameof(DataRightsController.ReportJson), new { id = personId });

    public string Erase(Guid personId) => Path<DataRightsController>(nameof(DataRightsController.ConfirmErase), new { id = personId });

    /// <summary>Posting here starts a draft profile for a new person.</summary>
    public string NewJobSeeker() => Path<ProfileController>(nameof(ProfileController.Start));

    /// <summary>Posting here starts a draft from a person's current profile.</summary>
    public string ChangeProfile(Guid personId) => Path<ProfileController>(nameof(ProfileController.Change), new { id = personId });

    public string DraftStep(Guid draftId, string step, bool change = false)
    {
        var path = Path<ProfileController>(nameof(ProfileController.Step), new { draftId, step });
        return change ? WithQuery(path, ("change", "true")) : path;
    }

    /// <summary>Posting the interests page here searches for a job in everyday words, or adds the job found to the choices.</summary>
    public string DraftFindJob(Guid draftId, bool change = false)
    {
        var path = Path<ProfileController>(nameof(ProfileController.FindJob), new { draftId });
        return change ? WithQuery(path, ("change", "true")) : path;
    }

    /// <summary>Uploading an EHC plan for a new person.</summary>
    public string UploadPlan() => Path<PlanController>(nameof(PlanController.NewPerson));

    /// <summary>Uploading an EHC plan onto a person's record.</summary>
    public string UploadPlan(Guid personId) => Path<PlanController>(nameof(PlanController.ExistingPerson), new { id = personId });

    public string PlanReview(Guid draftId) => Path<PlanController>(nameof(PlanController.Review), new { draftId });

    /// <summary>The careers part for the EHC plan annual review, as a Word document.</summary>
    public string CareersReviewDocument(Guid personId) => Path<CareersDocumentController>(nameof(CareersDocumentController.Download), new { id = personId });

    public string DraftCheck(Guid draftId) => Path<ProfileController>(nameof(ProfileController.Check), new { draftId });

    public string MatchesFor(Guid personId) => Path<MatchesController>(nameof(MatchesController.Matches), new { id = personId });

    /// <summary>A person's matches drawn with the filters the coach chose; empty filters are left out.</summary>
    public string MatchesFor(Guid personId, MatchFilters filters) => Path<MatchesController>(nameof(MatchesController.Matches),
        new { id = personId, filters.Kind, filters.MaxMinutes, filters.MinHours, filters.MaxHours, AllKinds = filters.AllKinds ? true : (bool?)null });

    public string ProposeMatch(Guid personId, Guid opportunityId) => Path<MatchesController>(nameof(MatchesController.Propose), new { id = personId, opportunityId });

    /// <summary>The page for proposing with the date it happened; <paramref name="fromPeople"/> returns to the opportunity's "People for" page.</summary>
    public string ProposeMatchOn(Guid personId, Guid opportunityId, bool fromPeople = false)
    {
        var path = Path<MatchesController>(nameof(MatchesController.ProposeOn), new { id = personId, opportunityId });
        return fromPeople ? WithQuery(path, ("from", "people")) : path;
    }

    /// <summary>The page for proposing with the date it happened, from a filtered list it returns to.</summary>
    public string ProposeMatchOn(Guid personId, Guid opportunityId, MatchFilters filters) => Path<MatchesController>(nameof(MatchesController.ProposeOn),
        new { id = personId, opportunityId, filters.Kind, filters.MaxMinutes, filters.MinHours, filters.MaxHours, AllKinds = filters.AllKinds ? true : (bool?)null });

    /// <summary>Adding a note or contact to the person's log (the page also takes ?followUpId= to start as answering that follow-up).</summary>
    public string NewContact(Guid personId) => Path<ContactsController>(nameof(ContactsController.New), new { id = personId });

    public string NotSuitable(Guid personId, Guid opportunityId) => Path<MatchesController>(nameof(MatchesController.NotSuitable), new { id = personId, opportunityId });
}
