# Module manifest of RosterTools. Hand-written, with explicit exports.
# ModuleVersion is stamped by the build from VersionPrefix in Directory.Build.props (the one version source):
# leave it at '0.0.0' here. Keep this file ASCII (Windows PowerShell reads a file without a BOM as ANSI).
@{
    RootModule           = 'RosterTools.dll'
    ModuleVersion        = '0.0.0'
    GUID                 = '8b9b3e48-c925-4231-935d-253e737bccfb'
    Author               = 'RosterTools developers'
    CompanyName          = 'RosterTools developers'
    Copyright            = '(c) RosterTools developers'
    Description          = 'Reads OneRoster 1.1 and 1.2 rosters (CSV bundles, folders or zip files) from a school district''s Student Information System, validates them with findings that name file, line and column, compares rosters, merges delta bundles, exports conformant bundles through per-vendor data-minimisation profiles, writes realistic sample districts, and plans the account lifecycle (create, update, move, disable, delete, groups, licences) from a YAML policy.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    FormatsToProcess     = @('RosterTools.Format.ps1xml')
    CmdletsToExport      = @(
        'Compare-Roster'
        'Connect-OneRoster'
        'Connect-RosterTarget'
        'Export-OneRoster'
        'Get-RosterAuditLog'
        'Get-RosterDirectory'
        'Import-OneRoster'
        'Invoke-Deprovision'
        'Invoke-Provision'
        'Invoke-RosterSync'
        'Merge-Roster'
        'New-OneRosterSample'
        'New-RosterPlan'
        'Resolve-RosterUserName'
        'Test-OneRoster'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags = @('OneRoster', 'Rostering', 'Education', 'K12', 'SIS', 'Provisioning', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
        }
    }
}
