using Employment.Web.Features.Internships.College;
using Employment.Web.Features.Internships.Interns;
using Employment.Web.Features.Internships.Programmes;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    public string Programmes() => Path<ProgrammesController>(nameof(ProgrammesController.Index));

    public string NewProgramme() => Path<ProgrammesController>(nameof(ProgrammesController.New));

    public string Programme(Guid programmeId) => Path<ProgrammesController>(nameof(ProgrammesController.Show), new { id = programmeId });

    public string EditProgramme(Guid programmeId) => Path<ProgrammesController>(nameof(ProgrammesController.Edit), new { id = programmeId });

    public string AddIntern(Guid programmeId) => Path<InternsController>(nameof(InternsController.Add), new { id = programmeId });

    public string Intern(Guid programmeId, Guid internId) => Path<InternsController>(nameof(InternsController.Show), new { id = programmeId, internId });

    public string NewRotation(Guid programmeId, Guid internId) => Path<InternsController>(nameof(InternsController.NewRotation), new { id = programmeId, internId });

    public string NewInternNote(Guid programmeId, Guid internId) => Path<InternsController>(nameof(InternsController.NewNote), new { id = programmeId, internId });

    public string CollegeHome() => Path<CollegeController>(nameof(CollegeController.Index));

    public string CollegeProgramme(Guid programmeId) => Path<CollegeController>(nameof(CollegeController.Programme), new { id = programmeId });
}
