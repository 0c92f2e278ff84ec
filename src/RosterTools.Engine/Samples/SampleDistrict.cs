using System;
using System.Threading;

namespace RosterTools.Samples;

/// <summary>
/// Writes a realistic synthetic school district as a OneRoster bundle: the same seed always gives the same
/// bytes. PLACEHOLDER: the generator is being written; only the public shape is fixed here.
/// </summary>
public static class SampleDistrict
{
    /// <summary>Writes a sample district into <paramref name="folder"/> and says what it holds.</summary>
    public static SampleDistrictResult Write(string folder, SampleDistrictOptions options, IProgress<SampleProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("The sample district generator is not written yet.");
}
