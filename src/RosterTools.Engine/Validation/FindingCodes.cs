namespace RosterTools.Validation;

/// <summary>
/// The stable codes of findings. Scripts match on these; the messages may be reworded, the codes may not.
/// </summary>
public static class FindingCodes
{
    // The bundle and its manifest.

    /// <summary>The bundle has no manifest.csv; the version is inferred from the headers and every file is read as bulk.</summary>
    public const string ManifestMissing = "ManifestMissing";

    /// <summary>manifest.csv does not have the header propertyName,value.</summary>
    public const string ManifestHeader = "ManifestHeader";

    /// <summary>A manifest property has no value.</summary>
    public const string ManifestValueEmpty = "ManifestValueEmpty";

    /// <summary>oneroster.version is missing or not 1.1 or 1.2.</summary>
    public const string ManifestVersion = "ManifestVersion";

    /// <summary>A file.* value is not bulk, delta or absent.</summary>
    public const string ManifestMode = "ManifestMode";

    /// <summary>The manifest declares a file bulk or delta, but the bundle does not have it.</summary>
    public const string ManifestFileMissing = "ManifestFileMissing";

    /// <summary>The bundle has a file that the manifest declares absent or does not declare.</summary>
    public const string ManifestFileUndeclared = "ManifestFileUndeclared";

    /// <summary>The manifest has no file.* row for a file of its version.</summary>
    public const string ManifestRowMissing = "ManifestRowMissing";

    /// <summary>The manifest has a property OneRoster does not define.</summary>
    public const string ManifestUnknownProperty = "ManifestUnknownProperty";

    /// <summary>The bundle has none of the OneRoster rostering files (orgs.csv, users.csv...): it is probably not a OneRoster bundle.</summary>
    public const string NoRosterFiles = "NoRosterFiles";

    /// <summary>A file's name differs only in case from a OneRoster file name.</summary>
    public const string FileNameCase = "FileNameCase";

    /// <summary>A CSV file that is not a OneRoster file; it is carried along as a raw table.</summary>
    public const string UnknownFile = "UnknownFile";

    /// <summary>A file declared bulk or delta has no data rows (1.2 forbids it; mark such files absent).</summary>
    public const string FileEmpty = "FileEmpty";

    /// <summary>A file of another OneRoster version than the manifest's (roles.csv in a 1.1 bundle).</summary>
    public const string FileVersion = "FileVersion";

    /// <summary>A file could not be read to the end (damaged compression, I/O error).</summary>
    public const string FileUnreadable = "FileUnreadable";

    // Headers.

    /// <summary>A file has no header row.</summary>
    public const string HeaderMissing = "HeaderMissing";

    /// <summary>A header has an empty column name.</summary>
    public const string HeaderEmptyName = "HeaderEmptyName";

    /// <summary>A column name appears twice in a header.</summary>
    public const string HeaderDuplicate = "HeaderDuplicate";

    /// <summary>A column name differs in case (or surrounding spaces) from the spec name; it is read as that column.</summary>
    public const string HeaderCase = "HeaderCase";

    /// <summary>A column has its OneRoster 1.0 name (grade, userId, agents); it is read as the current column.</summary>
    public const string HeaderLegacyName = "HeaderLegacyName";

    /// <summary>A column name looks like a misspelled spec column; its values are kept as an extension column, not used.</summary>
    public const string HeaderMisspelled = "HeaderMisspelled";

    /// <summary>A column that is neither a spec column nor metadata.*; its values are kept as an extension column.</summary>
    public const string HeaderUnknownColumn = "HeaderUnknownColumn";

    /// <summary>A spec column is missing from the header (an error for required columns).</summary>
    public const string HeaderMissingColumn = "HeaderMissingColumn";

    /// <summary>The spec columns are not in spec order (they are read by name, so nothing is misread).</summary>
    public const string HeaderOrder = "HeaderOrder";

    /// <summary>metadata.* columns must come after all spec columns.</summary>
    public const string HeaderMetadataPosition = "HeaderMetadataPosition";

    /// <summary>A column of another OneRoster version than the bundle's.</summary>
    public const string HeaderVersion = "HeaderVersion";

    // Rows and fields.

    /// <summary>A row has a different number of fields than the header.</summary>
    public const string RaggedRow = "RaggedRow";

    /// <summary>A row's quoting is broken (a stray quote, text after a closing quote, a quote never closed).</summary>
    public const string MalformedQuotes = "MalformedQuotes";

    /// <summary>A field is not valid UTF-8 (OneRoster files must be UTF-8).</summary>
    public const string InvalidUtf8 = "InvalidUtf8";

    /// <summary>A required field is blank.</summary>
    public const string RequiredFieldMissing = "RequiredFieldMissing";

    /// <summary>A date is not YYYY-MM-DD.</summary>
    public const string InvalidDate = "InvalidDate";

    /// <summary>A date-time cannot be read.</summary>
    public const string InvalidDateTime = "InvalidDateTime";

    /// <summary>A date-time was read but is not in the spec format (YYYY-MM-DDTHH:MM:SS.sssZ).</summary>
    public const string DateTimeFormat = "DateTimeFormat";

    /// <summary>A boolean is not true or false.</summary>
    public const string InvalidBoolean = "InvalidBoolean";

    /// <summary>A boolean in the wrong case (TRUE); values are case-sensitive. Read as the value it spells.</summary>
    public const string BooleanCase = "BooleanCase";

    /// <summary>A year is not YYYY.</summary>
    public const string InvalidYear = "InvalidYear";

    /// <summary>A value that is not in the field's vocabulary; kept as text.</summary>
    public const string EnumValue = "EnumValue";

    /// <summary>A vocabulary value in the wrong case (Scheduled); values are case-sensitive. Read as the value it spells.</summary>
    public const string EnumCase = "EnumCase";

    /// <summary>A vocabulary value of another OneRoster version (administrator in 1.2 roles.csv).</summary>
    public const string EnumNotInVersion = "EnumNotInVersion";

    /// <summary>An ext: value where the field or the version allows none; kept as text.</summary>
    public const string EnumExtension = "EnumExtension";

    /// <summary>A userIds entry that is not {type:identifier}; kept as it is.</summary>
    public const string InvalidUserId = "InvalidUserId";

    /// <summary>Spaces after the commas of a multi-valued field; the values are read without them.</summary>
    public const string ListSpacing = "ListSpacing";

    /// <summary>A grade that is not a CEDS grade code (05, KG, PK...).</summary>
    public const string GradeNotCeds = "GradeNotCeds";

    /// <summary>A sourcedId with characters outside 0-9 a-z A-Z . - _ / @, or longer than 255 characters.</summary>
    public const string SourcedIdCharacters = "SourcedIdCharacters";

    /// <summary>A bulk file with a status; kept (a tobedeleted record is treated as leaving).</summary>
    public const string BulkStatus = "BulkStatus";

    /// <summary>A bulk file with a dateLastModified; kept.</summary>
    public const string BulkDateLastModified = "BulkDateLastModified";

    /// <summary>A delta row without a status.</summary>
    public const string DeltaStatusMissing = "DeltaStatusMissing";

    /// <summary>A delta row without a dateLastModified.</summary>
    public const string DeltaDateLastModifiedMissing = "DeltaDateLastModifiedMissing";

    /// <summary>OneRoster 1.0's status inactive, read as tobedeleted.</summary>
    public const string InactiveStatus = "InactiveStatus";

    /// <summary>Two rows with the same sourcedId; the later one is not imported.</summary>
    public const string DuplicateSourcedId = "DuplicateSourcedId";

    // Across records and files.

    /// <summary>A reference to a record that is not in the bundle.</summary>
    public const string UnresolvedReference = "UnresolvedReference";

    /// <summary>References into a file the bundle does not have, which therefore cannot be checked.</summary>
    public const string ReferenceNotCheckable = "ReferenceNotCheckable";

    /// <summary>A reference to a record of the wrong kind (a class whose school is not an org of type school).</summary>
    public const string ReferenceWrongType = "ReferenceWrongType";

    /// <summary>A user with more than one primary role in the same org.</summary>
    public const string MultiplePrimaryRoles = "MultiplePrimaryRoles";

    /// <summary>A user with no role in any org: nothing says where the user belongs.</summary>
    public const string UserWithoutRole = "UserWithoutRole";

    /// <summary>Different sourcedIds with the same identifier or username: probably one person entered twice.</summary>
    public const string PossibleDuplicatePerson = "PossibleDuplicatePerson";

    /// <summary>An end date before its start date.</summary>
    public const string DatesOutOfOrder = "DatesOutOfOrder";

    /// <summary>Orgs or academic sessions whose parents form a loop.</summary>
    public const string ParentCycle = "ParentCycle";

    // Merging a delta onto a base roster, and exporting (Merge-Roster, Export-OneRoster).

    /// <summary>A delta row older (dateLastModified) than the base's record it would change: skipped.</summary>
    public const string MergeStaleRow = "MergeStaleRow";

    /// <summary>A record removed because what it belonged to was removed by the delta (an enrollment of a deleted class).</summary>
    public const string MergeCascadeRemoved = "MergeCascadeRemoved";

    /// <summary>A tobedeleted row for a record the base does not have: nothing to remove.</summary>
    public const string MergeDeleteNotFound = "MergeDeleteNotFound";

    /// <summary>A gradebook or other raw file of the delta that could not be merged (a different header): the base's was kept.</summary>
    public const string MergeFileNotMerged = "MergeFileNotMerged";

    /// <summary>Values the target version spells differently (a 1.2 principal is a 1.1 administrator): converted, with counts.</summary>
    public const string ExportValueConverted = "ExportValueConverted";

    /// <summary>Values the target version has no column or file for (1.2 preferred names going to 1.1): left out, with counts.</summary>
    public const string ExportValueDropped = "ExportValueDropped";

    /// <summary>Values the target version does not allow and that have no counterpart there: written as they are, with counts.</summary>
    public const string ExportValueNotInVersion = "ExportValueNotInVersion";

    // The REST API. Problems it shares with CSV files have the CSV codes (an unknown JSON field is a HeaderUnknownColumn).

    /// <summary>A JSON value of the wrong type (an object where text belongs, text where a list belongs); it was read as far as it could be.</summary>
    public const string JsonValueType = "JsonValueType";

    /// <summary>The provider did not say how many records a collection has (X-Total-Count), so the read could not be checked for completeness.</summary>
    public const string TotalCountMissing = "TotalCountMissing";

    /// <summary>A user profile with more than one credential; the model keeps the first, as userProfiles.csv does.</summary>
    public const string ExtraCredentials = "ExtraCredentials";

    // Planning: conflicts and notes of a plan.

    /// <summary>Two directory accounts have the same anchor: neither is changed until one is fixed by hand.</summary>
    public const string PlanAnchorDuplicate = "PlanAnchorDuplicate";

    /// <summary>A SIS person without a value for the anchor (an empty identifier when identifiers are the anchor): not planned for.</summary>
    public const string PlanNoAnchor = "PlanNoAnchor";

    /// <summary>Two SIS people have the same anchor value: neither is planned for.</summary>
    public const string PlanPersonAnchorDuplicate = "PlanPersonAnchorDuplicate";

    /// <summary>An account without an anchor matches more than one SIS person (or a person more than one account): nothing is adopted.</summary>
    public const string PlanAdoptionAmbiguous = "PlanAdoptionAmbiguous";

    /// <summary>No unique name within the length limit could be made for a new account: it is not created.</summary>
    public const string PlanNameUnavailable = "PlanNameUnavailable";

    /// <summary>The person's name changed in the SIS; the account keeps its username because the policy does not rename.</summary>
    public const string PlanNameKept = "PlanNameKept";

    /// <summary>An account is protected by the policy: what the plan would have done to it was left out.</summary>
    public const string PlanProtected = "PlanProtected";

    /// <summary>An account was disabled outside RosterTools; it is left disabled although its person is active in the SIS.</summary>
    public const string PlanDisabledOutside = "PlanDisabledOutside";

    /// <summary>Accounts whose people are not in the source, which is not a complete bulk snapshot: they are left alone.</summary>
    public const string PlanAbsenceNotConclusive = "PlanAbsenceNotConclusive";

    /// <summary>Accounts of SIS people outside the policy's scope: left alone.</summary>
    public const string PlanOutOfScope = "PlanOutOfScope";

    /// <summary>A group of a class that is no longer in the SIS.</summary>
    public const string PlanOrphanedClassGroup = "PlanOrphanedClassGroup";

    /// <summary>A template gave an empty value (a person without the names it uses).</summary>
    public const string PlanTemplateEmpty = "PlanTemplateEmpty";

    /// <summary>An account given to be offboarded by hand is not acted on: protected by the policy, or without an anchor.</summary>
    public const string PlanOffboardRefused = "PlanOffboardRefused";

    // Name previews (Resolve-RosterUserName): how a username came about.

    /// <summary>Characters of a person's names have no ASCII form and were left out of the username (a name in Chinese script).</summary>
    public const string NameCharactersDropped = "NameCharactersDropped";

    /// <summary>The username a template gives is longer than the policy's maxLength and was cut.</summary>
    public const string NameTruncated = "NameTruncated";

    /// <summary>The username a template gives was taken (by an account or by someone earlier in the roster): a fallback template or a number made it unique.</summary>
    public const string NameCollision = "NameCollision";
}
