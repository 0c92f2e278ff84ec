using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// What every OneRoster record has: a sourcedId, a status and dateLastModified (delta files), the line it came
/// from, and the columns the specification does not define.
/// </summary>
public abstract class OneRosterRecord
{
    /// <summary>Field number of <see cref="Status"/> for off-spec spellings; subclasses number theirs from 1.</summary>
    private protected const int StatusField = 0;

    private protected RecordExtras? _extras;

    /// <summary>The collection the record belongs to.</summary>
    public abstract OneRosterEntity Entity { get; }

    /// <summary>The record's identifier, unique within its collection.</summary>
    public string SourcedId { get; set; } = string.Empty;

    /// <summary>active or tobedeleted in delta files; empty in bulk files.</summary>
    public SpecEnum<RecordStatus> Status
    {
        get => Packed.GetEnum<RecordStatus>(_extras?.Status ?? 0, _extras, StatusField);
        set
        {
            var status = Packed.SetEnum(value, ref _extras, StatusField);
            if (status != 0 || _extras is not null)
            {
                (_extras ??= new RecordExtras()).Status = status;
            }
        }
    }

    /// <summary>When the record last changed (UTC); empty in bulk files.</summary>
    public DateTime? DateLastModified
    {
        get => Packed.GetDateTime(_extras?.DateLastModified ?? 0);
        set
        {
            var packed = Packed.SetDateTime(value);
            if (packed != 0 || _extras is not null)
            {
                (_extras ??= new RecordExtras()).DateLastModified = packed;
            }
        }
    }

    /// <summary>The line of the source file on which the record starts (the header is line 1); 0 when it did not come from a file.</summary>
    public int Line { get; set; }

    /// <summary>Columns the specification does not define (<c>metadata.*</c> and others), by header name.</summary>
    public IReadOnlyDictionary<string, string> Extensions => _extras?.Extensions ?? ExtensionFields.Empty;

    /// <summary>Whether the record is marked tobedeleted.</summary>
    public bool IsToBeDeleted => Status.Is(RecordStatus.ToBeDeleted);

    /// <summary>Replaces the extension columns of the record.</summary>
    public void SetExtensions(IEnumerable<KeyValuePair<string, string>>? fields)
    {
        var extensions = fields is null ? null : fields as ExtensionFields ?? new ExtensionFields(fields);
        if (extensions is { Count: > 0 })
        {
            (_extras ??= new RecordExtras()).Extensions = extensions;
        }
        else if (_extras is not null)
        {
            _extras.Extensions = null;
        }
    }

    /// <summary>The sourcedId.</summary>
    public override string ToString() => SourcedId;
}
