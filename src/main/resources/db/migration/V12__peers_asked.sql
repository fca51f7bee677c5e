-- Issue 11: the peer rating closes at its deadline and the merge goes on with the peers who answered; the result keeps
-- how many peers were asked, so that it can say that some did not answer.
alter table appraisal_result add column peers_asked integer;
