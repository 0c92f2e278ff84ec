#Requires -Version 5.1
# Invoke-RosterSync: the quickstart twice, -WhatIf, a refused run, a bad config, the override guard.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Policy = Join-Path $RepoRoot 'examples/policies/district.policy.yaml'
    $ExampleDistrict = Join-Path $RepoRoot 'examples/data/oneroster-1.2'

    function New-SyncConfig([string] $Folder, [string] $Source, [string] $Extra = '') {
        $null = New-Item -ItemType Directory -Path $Folder -Force
        $path = Join-Path $Folder 'sync.yaml'
        $text = "source:`n  path: `"$Source`"`npolicy: `"$Policy`"`ntarget:`n  local: {}`nstate: ./state`n$Extra"
        [System.IO.File]::WriteAllText($path, $text)
        $path
    }
}

Describe 'Invoke-RosterSync' {
    It 'creates the example district on the first run and has nothing to do on the second' {
        $config = New-SyncConfig (Join-Path $TestDrive 'twice') $ExampleDistrict
        $first = Invoke-RosterSync -ConfigPath $config
        $first | Get-TypeName | Should -Be 'RosterTools.Sync.SyncSummary'
        $first.ExitCode | Should -Be 0
        $first.Failed | Should -Be 0
        $first.Done | Should -BeGreaterThan 600

        $second = Invoke-RosterSync $config
        $second.ExitCode | Should -Be 0
        $second.Planned.Count | Should -Be 0
    }

    It 'lists every action with -WhatIf and writes nothing' {
        $folder = Join-Path $TestDrive 'whatif'
        $config = New-SyncConfig $folder $ExampleDistrict
        $summary = Invoke-RosterSync $config -WhatIf
        $summary.WhatIf | Should -BeTrue
        $summary.Done | Should -Be 0
        Join-Path $folder 'state/directory.json' | Should -Not -Exist
    }

    It 'refuses a source with errors, changes nothing and says why' {
        $folder = Join-Path $TestDrive 'refused'
        $source = Join-Path $folder 'source'
        Copy-Item -Path $ExampleDistrict -Destination $source -Recurse
        $users = Join-Path $source 'users.csv'
        $lines = [System.IO.File]::ReadAllLines($users)
        [System.IO.File]::WriteAllLines($users, [string[]]($lines | Select-Object -First 50))
        $config = New-SyncConfig $folder $source

        $summary = Invoke-RosterSync $config -ErrorVariable problems -ErrorAction SilentlyContinue
        $summary.ExitCode | Should -Be 2
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterSyncRefused,RosterTools.Commands.InvokeRosterSyncCommand'
        Join-Path $folder 'state/directory.json' | Should -Not -Exist
    }

    It 'names the line of a config mistake' {
        $config = New-SyncConfig (Join-Path $TestDrive 'bad') $ExampleDistrict "notify:`n  webhok: https://example.org`n"
        Invoke-RosterSync $config -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterSyncConfigInvalid,RosterTools.Commands.InvokeRosterSyncCommand'
        $problems[0].Exception.Message | Should -Match 'sync\.yaml:8:3: .webhok. is not a key of notify; did you mean .webhook.\?'
    }

    It 'will not override the safety limits without -Force' {
        $config = New-SyncConfig (Join-Path $TestDrive 'force') $ExampleDistrict
        { Invoke-RosterSync $config -OverrideSafetyLimit -ErrorAction Stop } | Should -Throw -ErrorId 'RosterOverrideNeedsForce,RosterTools.Commands.InvokeRosterSyncCommand'
    }
}
