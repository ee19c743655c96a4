using Tradewatch.Core.Time;

namespace Tradewatch.Core.Ledger;

/// <summary>Folds an <see cref="Amendment"/> into the record it corrects: the fields it gives replace the record's.</summary>
internal static class AmendmentFolding
{
    public static Provenance Apply(Provenance provenance, Amendment amendment) => provenance with
    {
        Sources = amendment.Provenance.Sources.Count > 0 ? amendment.Provenance.Sources : provenance.Sources,
        Note = amendment.Provenance.Note ?? provenance.Note,
    };

    public static Measure Apply(Measure measure, Amendment amendment) => measure with
    {
        Title = amendment.Title ?? measure.Title,
        Items = amendment.Items ?? measure.Items,
        Products = amendment.Products ?? measure.Products,
        LegalText = amendment.LegalText ?? measure.LegalText,
        ControlList = amendment.ControlList ?? measure.ControlList,
        EndUsers = amendment.EndUsers ?? measure.EndUsers,
        Provenance = Apply(measure.Provenance, amendment),
    };

    public static Suspension Apply(Suspension suspension, Amendment amendment) => suspension with
    {
        Title = amendment.Title ?? suspension.Title,
        Products = amendment.Products ?? suspension.Products,
        Valid = amendment.From is { } from ? new DateRange(from, suspension.Valid.End) : suspension.Valid,
        Provenance = Apply(suspension.Provenance, amendment),
    };

    public static Voiding Apply(Voiding voiding, Amendment amendment) => voiding with
    {
        MeasureIds = amendment.Measures ?? voiding.MeasureIds,
        Provenance = Apply(voiding.Provenance, amendment),
    };

    public static LicenceRecord Apply(LicenceRecord licence, Amendment amendment) => licence with
    {
        Title = amendment.Title ?? licence.Title,
        Items = amendment.Items ?? licence.Items,
        Action = amendment.Action ?? licence.Action,
        Date = amendment.Date ?? licence.Date,
        Provenance = Apply(licence.Provenance, amendment),
    };
}
