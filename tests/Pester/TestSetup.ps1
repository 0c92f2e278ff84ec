# Shared set-up of the RosterTools Pester tests: dot-source it in a BeforeAll block.
# These tests run on Windows PowerShell 5.1 and PowerShell 7 alike: no ternaries, no ?? or &&, and Join-Path with
# two arguments only. Type checks compare full type names as strings: on PowerShell 7 the engine is loaded into a
# private load context, so type literals such as [RosterTools.OneRoster.Roster] do not resolve there.

$RepoRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot (Join-Path '..' '..')))
$ModuleFolder = Join-Path (Join-Path $RepoRoot 'out') 'RosterTools'
$ModuleManifest = Join-Path $ModuleFolder 'RosterTools.psd1'
if (-not (Test-Path -LiteralPath $ModuleManifest)) {
    throw "The module is not built: $ModuleManifest is missing. Run ./build.ps1 (or dotnet build) in $RepoRoot first."
}

# The public conformance bundles, read in place from ../shared/conformance beside the repository.
$Conformance = [System.IO.Path]::GetFullPath((Join-Path (Join-Path $RepoRoot '..') (Join-Path 'shared' 'conformance')))
if (-not (Test-Path -LiteralPath $Conformance)) {
    throw "The conformance bundles are missing: expected $Conformance (the shared folder beside the repository)."
}

$Moodle = Join-Path $Conformance 'moodle-enrol_oneroster'
$MinimalBundle = Join-Path $Moodle 'Test_minimal_data_set'   # 1.1 bulk, 6 users, errors and warnings
$FullBundle = Join-Path $Moodle 'Test_full_data_set'         # 1.1 bulk, many findings
$V12Bundle = Join-Path $Moodle 'v1p2_full_dataset'           # 1.2 bulk, misspelled headers
$DeltaZip = Join-Path $Moodle 'oneroster_test_data.zip'      # 1.2 delta, as a zip file
$NotABundle = Join-Path $Conformance 'README.md'

Import-Module $ModuleManifest -Force -ErrorAction Stop

function Get-TypeName {
    # The full type name of each input object.
    param([Parameter(ValueFromPipeline = $true)] $InputObject)
    process { if ($null -ne $InputObject) { $InputObject.GetType().FullName } }
}
